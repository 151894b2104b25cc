// Writes which imports the automatic order gave up, per SCC and most important first, so a developer knows which import to move to break a cycle for real.
import type { ComponentExplanation } from '../order/cycle-explanation.js';

/**
 * One block per SCC: `# SCC first (size modules): N imports given up`, then
 * `importer -> imported<TAB>weight W<TAB>keeping it: P modules, cost C<TAB>entities`, or
 * `keeping it closes a cycle` when the imported module's build already waits on the importer's.
 */
export function givenUpReport(
  explanations: readonly ComponentExplanation[],
  entitiesOf: (importer: string, imported: string) => string,
  closesCycle: (importer: string, imported: string) => boolean | undefined = () => undefined,
): string {
  const blocks = explanations.map((c) => {
    const lines = c.givenUp.map((g) => {
      const cycle = closesCycle(g.importer, g.imported);
      const keeping = cycle === true ? 'keeping it closes a cycle' : `keeping it: ${g.pathModules} modules, cost ${g.pathCost}`;
      return `${g.importer} -> ${g.imported}\tweight ${g.weight}\t${keeping}\t${entitiesOf(g.importer, g.imported) || '(no entities listed)'}`;
    });
    return `# SCC ${c.first} (${c.size} modules): ${c.givenUp.length} imports given up\n${lines.join('\n')}\n`;
  });
  return (
    '# Imports the automatic order does not honour (the importer cannot read the imported module\'s .trans_opt),\n' +
    '# per SCC, those that matter most first. Moving one of them breaks the cycle for real.\n' +
    blocks.join('\n')
  );
}
