/** A source sentence with the matching claim emphasised; text only, never HTML. */
export function Statement({ text, emphasis }: { text: string; emphasis?: { start: number; end: number } | undefined }) {
  const ok = emphasis && emphasis.start >= 0 && emphasis.end <= text.length && emphasis.start < emphasis.end;
  return (
    <p class="isnad-statement" dir="auto">
      {ok ? (
        <>
          {text.slice(0, emphasis.start)}
          <strong class="isnad-emphasis">{text.slice(emphasis.start, emphasis.end)}</strong>
          {text.slice(emphasis.end)}
        </>
      ) : text}
    </p>
  );
}
