/** The × that closes a panel, a drawer or a dialog, named for what it closes. */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
