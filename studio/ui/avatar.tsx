import { memo } from "react";
import { readableTextOn } from "./readable-text-on";

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words[words.length - 1]![0]!).toUpperCase();
}

/** A coloured disc with initials; the name is in the accessible label and the tooltip. */
export const Avatar = memo(function Avatar({
  name,
  color,
  label,
}: {
  name: string;
  color: string;
  label?: string;
}) {
  return (
    <span
      className="avatar"
      style={{ backgroundColor: color, color: readableTextOn(color) }}
      role="img"
      aria-label={label ?? name}
      title={label ?? name}
    >
      {initialsOf(name)}
    </span>
  );
});
