import { app, dialog } from 'electron';

/** A native error dialog with the Danish message, then exit with status 1 (nothing else is open yet). */
export function failStartup(message: string): void {
  dialog.showErrorBox('Dagsorden kan ikke starte', message);
  app.exit(1);
}
