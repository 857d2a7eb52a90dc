/** Hands a finished export job's file to the browser's downloads, as a click on a "Hent" link would. */
export function startDownload(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Browser mode serves a finished job's file here. */
export const exportJobHref = (jobId: string): string => `./exports/${jobId}`;
