import type { ReactNode } from 'react';

/** The "Ændringer siden version N" page of a re-released packet, already in Danish and filtered for the edition. */
export interface ChangePage {
  heading: string;
  intro: string;
  lines: string[];
}

export function ChangesPage({ page }: { page: ChangePage }): ReactNode {
  return (
    <section className="changes" aria-labelledby="aendringer">
      <h2 id="aendringer">{page.heading}</h2>
      <p>{page.intro}</p>
      {page.lines.length > 0 ? (
        <ul>{page.lines.map((line) => <li key={line}>{line}</li>)}</ul>
      ) : (
        <p>Der er ingen ændringer i punkterne eller bilagene.</p>
      )}
    </section>
  );
}
