/**
 * Goal: the model generated from Zab.tla (model/generated/zab-tla.ts) is as faithful as the hand translation
 * (model/actions.ts): it reproduces TLC's figures, reaches the very same states, and takes the same steps;
 * and a change to the spec shows up in what the generated model explores.
 *
 * Method: explore the small reference configurations the hand model's tests pin (test/model.test.ts) and
 * compare distinct states, states generated and depth with TLC's figures, and per-action coverage with the
 * hand model's; map every reachable state of the hand model to TLA+ values (server i is the model value
 * s(i+1), a bitmask a set, a packed zxid the pair <<epoch, counter>>) and compare the two state spaces and,
 * on a sample of states, the labelled successor sets; translate mutated copies of the spec and check that the
 * counts move, or an invariant catches the mutation.
 */
import { readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { main } from "../../bin/cli.js"
import type { Io } from "../../bin/io.js"
import { counterOf, epochOf } from "../../impl/core/zxid.js"
import { successors } from "../../model/actions.js"
import { type ReferenceConfig, referenceConfig } from "../../model/configs.js"
import { explore } from "../../model/explore.js"
import { State, type State as GeneratedState, makeZab, variables } from "../../model/generated/zab-tla.js"
import type { Channel, History, Message, ModelConfig, ModelState, ServerSet, Txn } from "../../model/model-state.js"
import { MAXEPOCH, initialState } from "../../model/model-state.js"
import { GeneratedFingerprinter, type GeneratedSpec, exploreGenerated, generatedSuccessors, labelText } from "../../model/tla-spec.js"
import { type Value, fnOf, modelValue, record, setOf, tuple } from "../../model/tla-values.js"
import { generatedZab, zabConstants } from "../../model/tla-zab.js"
import { targets } from "../../tla/translate.js"
import { loadGenerated, root, translateSource } from "./generated-module.js"

function reference(name: string): ReferenceConfig {
  const found = referenceConfig(name)
  if (found === undefined) throw new Error(`no reference configuration ${name}`)
  return found
}

describe("the generated Zab.tla model reproduces TLC's figures on the small reference configurations", () => {
  for (const name of ["n2_a", "n2_b", "n2_c", "n3_tiny", "n3_c", "n3_d"]) {
    it(`${name}: distinct, generated and depth as TLC, every invariant of the spec holds`, () => {
      const ref = reference(name)
      const result = exploreGenerated({ spec: generatedZab(ref.config) })
      expect(result.violation).toBeNull()
      expect(result.complete).toBe(true)
      expect({ distinct: result.distinct, generated: result.generated, depth: result.depth }).toEqual(ref.tlc)
    })
  }

  it("per action, the same new distinct states and successors as the hand model (n2_b, n3_tiny)", () => {
    for (const name of ["n2_b", "n3_tiny"]) {
      const ref = reference(name)
      const generated = exploreGenerated({ spec: generatedZab(ref.config) }).coverage
      const hand = explore({ config: ref.config, invariants: [] }).coverage
      expect(generated).toEqual(hand)
    }
  })

  it("checks the ten invariants of the reference runs, and every state decodes through the State schema", () => {
    const spec = generatedZab(reference("n2_a").config)
    expect(spec.invariants.map((i) => i.name)).toEqual(targets[0]!.invariants)
    const decode = Schema.decodeUnknownResult(State)
    const states = reachable(spec)
    expect(states.length).toBe(1_451)
    expect(states.every((s) => Result.isSuccess(decode(s)))).toBe(true)
    expect(Result.isFailure(decode({ ...states[0]!, recorder: undefined }))).toBe(true)
  })
})

// -------------------------------------------------------------------------------------------------------------
// The hand model's states as TLA+ values.

const server = (i: number): Value => modelValue(`s${i + 1}`)
const nullable = (i: number | null): Value => (i === null ? modelValue("nullpoint") : server(i))
const zxid = (z: number): Value => tuple([epochOf(z), counterOf(z)])
const perServer = <T>(_n: number, f: (i: number) => Value, values: ReadonlyArray<T>): Value =>
  fnOf(
    values.map((_, i) => server(i)),
    values.map((_, i) => f(i)),
  )
const servers = (set: ServerSet, n: number): Value => setOf(Array.from({ length: n }, (_, i) => i).filter((i) => ((set >>> i) & 1) === 1).map(server))
const txn = (t: Txn, n: number): Value =>
  record([
    ["zxid", zxid(t.zxid)],
    ["value", t.value],
    ["ackSid", servers(t.ackSid, n)],
    ["epoch", t.epoch],
  ])
const history = (h: History, n: number): Value => tuple(h.map((t) => txn(t, n)))

function message(m: Message, n: number): Value {
  const mtype: [string, Value] = ["mtype", modelValue(m.mtype)]
  switch (m.mtype) {
    case "CEPOCH":
    case "NEWEPOCH":
      return record([mtype, ["mepoch", m.mepoch]])
    case "ACKEPOCH":
    case "NEWLEADER":
      return record([mtype, ["mepoch", m.mepoch], ["mhistory", history(m.mhistory, n)]])
    case "PROPOSE":
      return record([mtype, ["mzxid", zxid(m.mzxid)], ["mdata", m.mdata]])
    case "ACKLD":
    case "COMMITLD":
    case "ACK":
    case "COMMIT":
      return record([mtype, ["mzxid", zxid(m.mzxid)]])
  }
}

/** A state of the hand model as the generated model's state (the same TLA+ state). */
function toTla(s: ModelState, n: number): GeneratedState {
  const channel = (c: Channel): Value => tuple(c.map((m) => message(m, n)))
  return {
    state: perServer(n, (i) => modelValue(s.state[i]!), s.state),
    zabState: perServer(n, (i) => modelValue(s.zabState[i]!), s.zabState),
    acceptedEpoch: perServer(n, (i) => s.acceptedEpoch[i]!, s.acceptedEpoch),
    currentEpoch: perServer(n, (i) => s.currentEpoch[i]!, s.currentEpoch),
    history: perServer(n, (i) => history(s.history[i]!, n), s.history),
    lastCommitted: perServer(
      n,
      (i) =>
        record([
          ["index", s.lastCommitted[i]!.index],
          ["zxid", zxid(s.lastCommitted[i]!.zxid)],
        ]),
      s.lastCommitted,
    ),
    learners: perServer(n, (i) => servers(s.learners[i]!, n), s.learners),
    cepochRecv: perServer(n, (i) => setOf(s.cepochRecv[i]!.map((c) => record([["sid", server(c.sid)], ["connected", c.connected], ["epoch", c.epoch]]))), s.cepochRecv),
    ackeRecv: perServer(
      n,
      (i) =>
        setOf(
          s.ackeRecv[i]!.map((a) =>
            record([
              ["sid", server(a.sid)],
              ["connected", a.connected],
              ["peerLastEpoch", a.peerLastEpoch],
              ["peerHistory", history(a.peerHistory, n)],
            ]),
          ),
        ),
      s.ackeRecv,
    ),
    ackldRecv: perServer(n, (i) => setOf(s.ackldRecv[i]!.map((a) => record([["sid", server(a.sid)], ["connected", a.connected]]))), s.ackldRecv),
    sendCounter: perServer(n, (i) => s.sendCounter[i]!, s.sendCounter),
    connectInfo: perServer(n, (i) => nullable(s.connectInfo[i]!), s.connectInfo),
    leaderOracle: nullable(s.leaderOracle),
    msgs: perServer(n, (i) => perServer(n, (j) => channel(s.msgs[i]![j]!), s.msgs[i]!), s.msgs),
    epochLeader: tuple(Array.from({ length: MAXEPOCH }, (_, e) => servers(s.epochLeader[e]!, n))),
    proposalMsgsLog: setOf(
      s.proposalMsgsLog.map((p) =>
        record([
          ["source", server(p.source)],
          ["epoch", p.epoch],
          ["zxid", zxid(p.zxid)],
          ["data", p.data],
        ]),
      ),
    ),
    violatedInvariants: record(Object.entries(s.violatedInvariants)),
    recorder: record([
      ["nTimeout", s.recorder.nTimeout],
      ["nTransaction", s.recorder.nTransaction],
      ["maxEpoch", s.recorder.maxEpoch],
      ["nRestart", s.recorder.nRestart],
      ["pc", tuple([s.recorder.pc.action, ...s.recorder.pc.args.map(server)])],
      ["nClientRequest", s.recorder.nClientRequest],
    ]),
  }
}

/** Every reachable state of the hand model, breadth first. */
function handStates(config: ModelConfig): Array<ModelState> {
  const fps = new GeneratedFingerprinter<GeneratedState>(variables)
  const seen = new Set<string>()
  const out: Array<ModelState> = []
  const add = (s: ModelState): void => {
    const fp = fps.of(toTla(s, config.servers))
    const key = `${fp[0]},${fp[1]}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(s)
  }
  add(initialState(config))
  for (let k = 0; k < out.length; k++) for (const { state } of successors(config, out[k]!)) add(state)
  return out
}

function reachable<S>(spec: GeneratedSpec<S>): Array<S> {
  const fps = new GeneratedFingerprinter<S>(spec.variables)
  const seen = new Set<string>()
  const out: Array<S> = []
  const add = (s: S): void => {
    const fp = fps.of(s)
    const key = `${fp[0]},${fp[1]}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(s)
    }
  }
  for (const s of spec.init()) add(s)
  for (let k = 0; k < out.length; k++) for (const { state } of generatedSuccessors(spec, out[k]!)) add(state)
  return out
}

describe("the generated and the hand model reach the same states and take the same steps", () => {
  for (const name of ["n2_a", "n3_tiny"]) {
    it(`${name}: the same set of reachable states, and the same labelled successors from every 25th state`, () => {
      const ref = reference(name)
      const n = ref.config.servers
      const spec = generatedZab(ref.config)
      const fps = new GeneratedFingerprinter<GeneratedState>(spec.variables)
      const key = (s: GeneratedState): string => {
        const fp = fps.of(s)
        return `${fp[0]},${fp[1]}`
      }
      const hand = handStates(ref.config)
      const generated = reachable(spec)
      expect(hand.length).toBe(ref.tlc.distinct)
      expect(new Set(hand.map((s) => key(toTla(s, n))))).toEqual(new Set(generated.map(key)))
      expect(spec.init().map(key)).toEqual([key(toTla(initialState(ref.config), n))])

      let compared = 0
      for (let k = 0; k < hand.length; k += 25) {
        const s = hand[k]!
        const fromHand = new Set(successors(ref.config, s).map(({ label, state }) => `${label.action}(${label.args.map((i) => `s${i + 1}`).join(", ")}) -> ${key(toTla(state, n))}`))
        const fromGenerated = new Set(generatedSuccessors(spec, toTla(s, n)).map(({ label, state }) => `${labelText(label)} -> ${key(state)}`))
        expect(fromGenerated).toEqual(fromHand)
        compared++
      }
      expect(compared).toBeGreaterThan(50)
    })
  }
})

describe("a change to the spec changes what the generated model explores", () => {
  const zab = readFileSync(join(root, "tla", "specs", "Zab.tla"), "utf8")
  const target = targets[0]!

  async function mutated(from: string, to: string): Promise<GeneratedSpec<GeneratedState>> {
    expect(zab.split(from).length).toBe(2) // the mutation applies at exactly one place
    const code = await translateSource(zab.replace(from, to), { init: target.init, next: target.next, invariants: target.invariants, overrides: target.overrides }, target.spec)
    const make = (await loadGenerated(code))["makeZab"] as typeof makeZab
    return make(zabConstants(reference("n2_a").config))
  }

  it("the unmutated spec, translated and loaded the same way, gives TLC's n2_a figures (the method is sound)", async () => {
    const spec = await mutated("value  |-> request_value,", "value  |-> request_value,")
    const result = exploreGenerated({ spec })
    expect([result.distinct, result.generated, result.depth]).toEqual([1_451, 1_723, 24])
  })

  it("a leader that does not count its own ack of a new proposal: other counts on n2_a", async () => {
    const spec = await mutated("ackSid |-> {i},", "ackSid |-> {},")
    const result = exploreGenerated({ spec })
    expect(result.violation).toBeNull()
    expect(result.distinct).not.toBe(1_451)
  })

  it("a new leader that does not go past the epochs of its quorum (e' = max instead of max + 1) is caught by an invariant", async () => {
    const spec = await mutated("IN Maximum(epoch_cepochRecv) + 1", "IN Maximum(epoch_cepochRecv)")
    const result = exploreGenerated({ spec })
    expect(result.violation?.invariant).toBe("ShouldNotBeTriggered")
    expect(result.violation!.trace[0]!.label).toBeNull()
  })
})

describe("zab explore --model generated", () => {
  const cliIo = (): Io & { readonly stdout: () => string } => {
    let out = ""
    return { out: (t) => void (out += t), err: () => undefined, interactive: false, cwd: tmpdir(), stdout: () => out }
  }

  it("explores the generated model: TLC's figures on n2_a", async () => {
    const cli = cliIo()
    expect(await main(["explore", "--model", "generated", "--config", "n2_a"], cli)).toBe(0)
    expect(JSON.parse(cli.stdout())).toMatchObject({ distinct: 1_451, generated: 1_723, depth: 24, violations: 0, model: "generated" })
  })

  it("refuses what only the hand model has (symmetry, workers, broken models, reports) with exit 2", async () => {
    for (const extra of [["--symmetry"], ["--workers", "2"], ["--bug", "commit-without-quorum"], ["--reporter", "json"], ["--config", "n3_e_sym"]]) {
      expect(await main(["explore", "--model", "generated", ...extra], cliIo())).toBe(2)
    }
    expect(await main(["explore", "--model", "other"], cliIo())).toBe(2)
  })
})
