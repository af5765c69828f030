/**
 * The order vitest starts test files in: the slowest first, longest first, so that the two workers finish
 * together. A clean clone has no vitest cache, and without one vitest keeps the files' glob order, which
 * once started the zoo's 440 s file (bugs.test.ts) half way through a 970 s run and left one worker idle at
 * the end. The seconds are the 25 slowest files of a clean-clone run of the suite on 2 cores at a load of
 * about 3; only the order matters, so they need not be exact. Files not listed keep vitest's own order
 * after these.
 */
import { relative } from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

const seconds: Readonly<Record<string, number>> = {
  "test/check.test.ts": 124,
  "test/bugs.test.ts": 105,
  "test/reporters.test.ts": 93,
  "test/ci-recipe.test.ts": 84,
  "test/api.test.ts": 78,
  "test/model-parallel.test.ts": 73,
  "test/mutation-campaign-control.test.ts": 73,
  "test/project.test.ts": 66,
  "test/net.test.ts": 64,
  "test/outside-project.test.ts": 62,
  "test/validate.test.ts": 53,
  "test/history-sim.test.ts": 49,
  "test/zookeeper-cluster.test.ts": 48,
  "test/validate-discovery.test.ts": 44,
  "test/net-schedule.test.ts": 40,
  "test/tla/typed.test.ts": 39,
  "test/view.test.ts": 35,
  "test/validate-system.test.ts": 35,
  "test/zookeeper-target.test.ts": 34,
  "test/check-net.test.ts": 26,
  "test/snapshot-integrity-kills.test.ts": 22,
  "test/tla/zab-generated.test.ts": 21,
  "test/model.test.ts": 17,
  "test/validate-sync.test.ts": 17,
  "test/system-nodes-kills.test.ts": 13,
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    const sorted = await super.sort(files)
    const weight = (file: TestSpecification): number => seconds[relative(file.project.config.root, file.moduleId).replaceAll("\\", "/")] ?? 0
    // Array.prototype.sort is stable: the files not listed keep the order vitest gave them.
    return [...sorted].sort((a, b) => weight(b) - weight(a))
  }
}
