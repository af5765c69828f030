/**
 * The order vitest starts test files in: the slowest first, longest first, so that the two workers finish
 * together. A clean clone has no vitest cache, and without one vitest keeps the files' glob order, which
 * once started the zoo's 440 s file (bugs.test.ts) half way through a 970 s run and left one worker idle at
 * the end. The seconds are from a clean-clone run of the suite on 2 cores at a load of about 4; only the
 * order matters, so they need not be exact. Files not listed keep vitest's own order after these.
 */
import { relative } from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

const seconds: Readonly<Record<string, number>> = {
  "test/reporters.test.ts": 112,
  "test/bugs.test.ts": 79,
  "test/model-parallel.test.ts": 67,
  "test/ci-recipe.test.ts": 62,
  "test/check.test.ts": 45,
  "test/zookeeper-cluster.test.ts": 55,
  "test/net.test.ts": 54,
  "test/outside-project.test.ts": 35,
  "test/zookeeper-target.test.ts": 42,
  "test/net-schedule.test.ts": 41,
  "test/mutation-kills.test.ts": 38,
  "test/api.test.ts": 32,
  "test/liveness-stalled-sync.test.ts": 28,
  "test/check-net.test.ts": 28,
  "test/tla/typed.test.ts": 26,
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    const sorted = await super.sort(files)
    const weight = (file: TestSpecification): number => seconds[relative(file.project.config.root, file.moduleId).replaceAll("\\", "/")] ?? 0
    // Array.prototype.sort is stable: the files not listed keep the order vitest gave them.
    return [...sorted].sort((a, b) => weight(b) - weight(a))
  }
}
