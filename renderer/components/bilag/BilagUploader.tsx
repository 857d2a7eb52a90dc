import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../shared/api/bridge';
import { ApiCallError } from '../../../shared/api/client';
import { fileUpload, type FileUpload } from '../../api/transport';
import { useBilagUploadStore, useItemUploadFailures, useItemUploads, type BilagUpload, type UploadHandle, type UploadStage } from '../../stores/bilag-upload-store';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { Icon } from '../common/Icon';
import { readFileAsBase64, titleFromFileName } from './read-file';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
/** After this long the service is inspecting the file (page count, encryption), not just receiving it. */
const CHECKING_AFTER_MS = 600;

/**
 * Drop files here or choose them (the desktop dialog when there is one). Each file shows its own
 * progress: reading → sending → checking. A refusal shows the API's Danish message and changes nothing.
 * The uploads live in the bilag upload store, not here: they carry on, and show again, when the
 * secretary opens another item and comes back.
 */
export function BilagUploader({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const addAttachment = useMeetingStore((s) => s.addAttachment);
  const uploads = useItemUploads(itemId);
  const failures = useItemUploadFailures(itemId);
  const startUpload = useBilagUploadStore((s) => s.start);
  const fail = useBilagUploadStore((s) => s.fail);
  const dismissFailure = useBilagUploadStore((s) => s.dismissFailure);
  const clearFailures = useBilagUploadStore((s) => s.clearFailures);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function addOne(name: string, stage: UploadStage, send: (upload: UploadHandle) => Promise<void>) {
    const upload = startUpload(itemId, name, stage);
    try {
      await send(upload);
      upload.done();
    } catch (error) {
      upload.failed(messageOf(error));
    }
  }

  /**
   * No upload route and no desktop bridge (a test's fake transport): the bytes as base64 through the
   * API call. On the desktop a dropped file goes by its path and a token instead (receiveDropped).
   */
  async function addAsBase64(upload: UploadHandle, file: File) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const dataBase64 = await readFileAsBase64(file, (fraction) => upload.update({ fraction }));
      upload.update({ stage: 'sending', fraction: 1 });
      timer = setTimeout(() => upload.update({ stage: 'checking' }), CHECKING_AFTER_MS);
      await addAttachment({ itemId, fileName: file.name, dataBase64, title: titleFromFileName(file.name) });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Browser mode: the File streams to POST /upload with real progress, then the service checks it. */
  async function addByUpload(upload: UploadHandle, file: File, send: FileUpload) {
    upload.update({ stage: 'sending', fraction: 0 });
    const uploadToken = await send(file, file.name, (fraction) => upload.update({ stage: 'sending', fraction }));
    await addByToken(upload, file.name, uploadToken);
  }

  /**
   * A file already waiting in the upload store, by its token: sent by POST /upload (browser mode)
   * or chosen in the desktop open dialog or dropped on the desktop window. The service inspects it
   * ("Kontrollerer …") and adds it.
   */
  async function addByToken(upload: UploadHandle, name: string, uploadToken: string) {
    upload.update({ stage: 'checking', fraction: 1 });
    await addAttachment({ itemId, fileName: name, uploadToken, title: titleFromFileName(name) });
  }

  async function addFiles(files: readonly File[]) {
    clearFailures(itemId);
    const send = fileUpload();
    for (const file of files) {
      await addOne(file.name, send ? 'sending' : 'reading', (upload) => (send ? addByUpload(upload, file, send) : addAsBase64(upload, file)));
    }
  }

  /**
   * The desktop's way, for the open dialog and for a drop alike: the main process receives the files
   * into its upload store and answers with tokens, which are added one by one.
   */
  async function addReceived(receive: () => Promise<PickedFile[]>) {
    let files: PickedFile[];
    try {
      files = await receive();
    } catch (error) {
      // Refused before anything was stored (too large, unreadable, not a file on disk): nothing was added.
      clearFailures(itemId);
      fail(itemId, '', messageOf(error));
      return;
    }
    if (files.length === 0) return;
    clearFailures(itemId);
    for (const file of files) await addOne(file.name, 'checking', (upload) => addByToken(upload, file.name, file.uploadToken));
  }

  async function choose() {
    const dialogs = window.dagsorden?.dialogs;
    if (!dialogs?.openFiles) {
      input.current?.click();
      return;
    }
    await addReceived(() =>
      dialogs.openFiles({ title: t('bilag.chooseTitle'), filters: [{ name: t('bilag.fileFilter'), extensions: ['pdf', 'png', 'jpg', 'jpeg'] }], multiple: true }),
    );
  }

  /** Reading and sending by /upload have a real fraction; sending over IPC and checking do not. */
  function showsFraction(u: BilagUpload): boolean {
    return u.stage === 'reading' || (u.stage === 'sending' && u.fraction < 1);
  }

  function stageText(u: BilagUpload): string {
    const percent = Math.round(u.fraction * 100);
    if (u.stage === 'reading') return t('bilag.stageReading', { percent });
    if (u.stage === 'sending') return u.fraction < 1 ? t('bilag.stageSendingPercent', { percent }) : t('bilag.stageSending');
    return t('bilag.stageChecking');
  }

  /** On the desktop the dropped files go by their paths to the upload store (tokens back); elsewhere as addFiles sends them. */
  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length === 0) return;
    const desktopFiles = window.dagsorden?.files;
    void (desktopFiles?.receiveDropped ? addReceived(() => desktopFiles.receiveDropped(files)) : addFiles(files));
  }

  return (
    <div className="bilag-uploader">
      <div
        className={`bilag-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Icon name="paperclip" size={16} />
        <span>{t('bilag.drop')}</span>
        <span className="muted">{t('bilag.dropOr')}</span>
        <button type="button" className="button button-small" onClick={() => void choose()}>
          {t('bilag.choose')}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('bilag.chooseTitle')}
          accept={ACCEPT}
          multiple
          data-testid="bilag-file-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void addFiles(files);
          }}
        />
      </div>
      {uploads.length > 0 ? (
        <ul className="bilag-uploads" aria-label={t('bilag.uploads')}>
          {uploads.map((u) => (
            <li key={u.key} className="bilag-upload">
              <span className="bilag-upload-name">{u.name}</span>
              <progress max={1} value={showsFraction(u) ? u.fraction : undefined} aria-label={u.name} />
              <span className="bilag-upload-stage" role="status">
                {stageText(u)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {failures.map((f) => (
        <ErrorAlert key={f.key} message={f.message} onDismiss={() => dismissFailure(itemId, f.key)} dismissLabel={t('bilag.dismissFailure')} />
      ))}
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof ApiCallError ? error.error.message : error instanceof Error ? error.message : String(error);
}
