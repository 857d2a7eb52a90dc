interface RowActionsProps {
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  onMove: (index: number, step: -1 | 1) => void;
  onRemove: () => void;
}

/** Move up, move down and remove for one row of an ordered list (recommendation points, notices). */
export function RowActions({ index, count, labels, onMove, onRemove }: RowActionsProps) {
  return (
    <div className="point-actions">
      <button type="button" className="editor-tool" aria-label={labels.up} title={labels.up} disabled={index === 0} onClick={() => onMove(index, -1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="editor-tool"
        aria-label={labels.down}
        title={labels.down}
        disabled={index === count - 1}
        onClick={() => onMove(index, 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="editor-tool" aria-label={labels.remove} title={labels.remove} onClick={onRemove}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
