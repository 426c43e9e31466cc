/** Labels shown as tags (an organisation's or an event's sectors). */
interface Tag {
  id: string;
  label: string;
}

export function TagList({ tags }: { tags: readonly Tag[] }) {
  return (
    <ul className="tags">
      {tags.map((tag) => (
        <li key={tag.id} className="tag">
          {tag.label}
        </li>
      ))}
    </ul>
  );
}
