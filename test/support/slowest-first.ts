/**
 * The order vitest starts test files in: the slowest first, longest first, so that the two workers finish
 * together. A clean clone has no vitest cache, and without one vitest keeps the files' glob order, which
 * started the zoo's 440 s file (bugs.test.ts) half way through a 970 s run and left one worker idle at
 * the end. The seconds are from a clean-clone run of the suite on 2 cores at a load of about 4; only the
 * order matters, so they need not be exact. Files not listed keep vitest's own order after these.
 */
import { relative } from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

const seconds: Readonly<Record<string, number>> = {
  "test/bugs.test.ts": 440,
  "test/api.test.ts": 122,
  "test/reporters.test.ts": 118,
  "test/ci-recipe.test.ts": 105,
  "test/view.test.ts": 97,
  "test/model-parallel.test.ts": 87,
  "test/net.test.ts": 71,
  "test/check.test.ts": 61,
  "test/tla/system-spec.test.ts": 53,
  "test/outside-project.test.ts": 47,
  "test/zookeeper-cluster.test.ts": 47,
  "test/net-schedule.test.ts": 40,
  "test/zookeeper-target.test.ts": 40,
  "test/tla/typed.test.ts": 35,
  "test/mutation-kills.test.ts": 34,
  "test/liveness-stalled-sync.test.ts": 32,
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    const sorted = await super.sort(files)
    const weight = (file: TestSpecification): number => seconds[relative(file.project.config.root, file.moduleId).replaceAll("\\", "/")] ?? 0
    // Array.prototype.sort is stable: the files not listed keep the order vitest gave them.
    return [...sorted].sort((a, b) => weight(b) - weight(a))
  }
}
