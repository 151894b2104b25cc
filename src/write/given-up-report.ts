// Writes which imports the automatic order gave up, per SCC and most important first, so a developer knows which import to move to break a cycle for real.
import type { ComponentExplanation } from '../order/cycle-explanation.js';

/**
 * One block per SCC: `# SCC first (size modules): N imports given up`, then
 * `importer -> imported<TAB>weight W<TAB>keeping it: P modules, cost C<TAB>entities`.
 */
export function givenUpReport(explanations: readonly ComponentExplanation[], entitiesOf: (importer: string, imported: string) => string): string {
  const blocks = explanations.map((c) => {
    const lines = c.givenUp.map(
      (g) =>
        `${g.importer} -> ${g.imported}\tweight ${g.weight}\tkeeping it: ${g.pathModules} modules, cost ${g.pathCost}` +
        `\t${entitiesOf(g.importer, g.imported) || '(no entities listed)'}`,
    );
    return `# SCC ${c.first} (${c.size} modules): ${c.givenUp.length} imports given up\n${lines.join('\n')}\n`;
  });
  return (
    '# Imports the automatic order does not honour (the importer cannot read the imported module\'s .trans_opt),\n' +
    '# per SCC, those that matter most first. Moving one of them breaks the cycle for real.\n' +
    blocks.join('\n')
  );
}
