import { FRAMING_EXPLANATION } from '../labels';

/** What the marks and badges in the grid mean, in plain words: at the top, folded away until asked for. */
export function Legend() {
  return (
    <details class="legend" data-testid="compare-legend">
      <summary>
        <h2 id="legend-title">How to read the grid</h2>
      </summary>
      <dl>
        <dt>
          <span class="excerpt">
            <span class="w-loaded">Loaded word</span>
          </span>
        </dt>
        <dd>
          A word that carries a judgement, like “liberated”, “regime” or “adventure”. Check whether the outlet uses it itself or only quotes
          it.
        </dd>
        <dt>
          <span class="excerpt">
            <span class="w-plain">Plain word</span>
          </span>
        </dt>
        <dd>A word for the same event that takes no side, like “recaptured”, “retaken” or “regained control”.</dd>
        <dt>
          <span class="excerpt">
            <span class="w-hedge">Hedge</span>
          </span>
        </dt>
        <dd>
          The outlet is careful not to say this is certainly true — it tells you who claims it (“reportedly”, “claimed”, “estimated”,
          “unable to verify”).
        </dd>
        <dt>Speaker → … → outlet</dt>
        <dd>
          The chain of sources: who said it first and who passed it on before the outlet printed it. Every step is a chance for words to
          change.
        </dd>
        <dt>
          <mark class="num-diff">10,000</mark>
        </dt>
        <dd>Numbers differ: another outlet gives a different figure for the same thing.</dd>
        <dt>asserts / attributes / hedges / disputes</dt>
        <dd>
          How the outlet frames it. Asserts: {FRAMING_EXPLANATION.asserts} Attributes: {FRAMING_EXPLANATION.attributes} Hedges:{' '}
          {FRAMING_EXPLANATION.hedges} Disputes: {FRAMING_EXPLANATION.disputes}
        </dd>
        <dt>Competing claims</dt>
        <dd>
          Rows in a shaded group with a marked edge are claims that compete: each was really said (the reports are accurate), but the claims
          can’t both be right.
        </dd>
      </dl>
      <p>Click a badge to read what it means. “Read in … article” shows the passage where the outlet wrote it.</p>
    </details>
  );
}
