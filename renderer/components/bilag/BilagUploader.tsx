import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import { fileUpload } from '../../api/transport';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { Icon } from '../common/Icon';
import { readFileAsBase64, titleFromFileName, type ReadFile } from './read-file';

type Stage = 'reading' | 'sending' | 'checking';
interface Upload {
  key: number;
  name: string;
  stage: Stage;
  fraction: number;
}

const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
/** After this long the service is inspecting the file (page count, encryption), not just receiving it. */
const CHECKING_AFTER_MS = 600;

/**
 * Drop files here or choose them (the desktop dialog when there is one). Each file shows its own
 * progress: reading → sending → checking. A refusal shows the API's Danish message and changes nothing.
 */
export function BilagUploader({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const addAttachment = useMeetingStore((s) => s.addAttachment);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);

  const patch = (key: number, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function addOne(name: string, send: (key: number) => Promise<void>) {
    const key = nextKey.current++;
    setUploads((all) => [...all, { key, name, stage: 'reading', fraction: 0 }]);
    try {
      await send(key);
    } catch (error) {
      const message = error instanceof ApiCallError ? error.error.message : error instanceof Error ? error.message : String(error);
      setErrors((all) => [...all, message]);
    } finally {
      setUploads((all) => all.filter((u) => u.key !== key));
    }
  }

  /** Desktop (and tests): the bytes as base64 through the API call; "checking" once it takes a while. */
  async function addAsBase64(key: number, name: string, read: (onProgress: (f: number) => void) => Promise<string>) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const dataBase64 = await read((fraction) => patch(key, { fraction }));
      patch(key, { stage: 'sending', fraction: 1 });
      timer = setTimeout(() => patch(key, { stage: 'checking' }), CHECKING_AFTER_MS);
      await addAttachment({ itemId, fileName: name, dataBase64, title: titleFromFileName(name) });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Browser mode: the File streams to POST /upload with real progress, then the service checks it. */
  async function addByUpload(key: number, file: File, upload: NonNullable<ReturnType<typeof fileUpload>>) {
    patch(key, { stage: 'sending', fraction: 0 });
    const uploadToken = await upload(file, file.name, (fraction) => patch(key, { stage: 'sending', fraction }));
    patch(key, { stage: 'checking', fraction: 1 });
    await addAttachment({ itemId, fileName: file.name, uploadToken, title: titleFromFileName(file.name) });
  }

  async function addFiles(files: readonly File[]) {
    setErrors([]);
    const upload = fileUpload();
    for (const file of files) {
      await addOne(file.name, (key) => (upload ? addByUpload(key, file, upload) : addAsBase64(key, file.name, (onProgress) => readFileAsBase64(file, onProgress))));
    }
  }

  async function addRead(files: readonly ReadFile[]) {
    setErrors([]);
    for (const file of files) await addOne(file.name, (key) => addAsBase64(key, file.name, async () => file.dataBase64));
  }

  async function choose() {
    const dialogs = window.dagsorden?.dialogs;
    if (dialogs?.openFiles) {
      const files = await dialogs.openFiles({ title: t('bilag.chooseTitle'), filters: [{ name: t('bilag.fileFilter'), extensions: ['pdf', 'png', 'jpg', 'jpeg'] }], multiple: true });
      await addRead(files);
    } else {
      input.current?.click();
    }
  }

  /** Reading and sending by /upload have a real fraction; sending over IPC and checking do not. */
  function showsFraction(u: Upload): boolean {
    return u.stage === 'reading' || (u.stage === 'sending' && u.fraction < 1);
  }

  function stageText(u: Upload): string {
    const percent = Math.round(u.fraction * 100);
    if (u.stage === 'reading') return t('bilag.stageReading', { percent });
    if (u.stage === 'sending') return u.fraction < 1 ? t('bilag.stageSendingPercent', { percent }) : t('bilag.stageSending');
    return t('bilag.stageChecking');
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    void addFiles(Array.from(e.dataTransfer.files));
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
      {errors.map((message, i) => (
        <ErrorAlert key={i} message={message} />
      ))}
    </div>
  );
}
