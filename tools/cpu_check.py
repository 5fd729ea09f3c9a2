"""Run the notebooks that train under other processors' arithmetic and with other seeds.

    python tools/cpu_check.py                                   # every variant and seed: about 15 minutes on 2 cores
    python tools/cpu_check.py --variants default --seeds 0      # what CI runs after the suite

A test that trains a model and asserts on the outcome depends on floating-point sums whose order
differs between the kernels PyTorch, MKL and oneDNN pick for a processor (AVX-512, AVX2, plain C).
A margin tuned on one machine can fail on another. Each variant below makes this machine compute
as another processor would, by capping the instruction sets of the three libraries; each seed
(`CMDPI_TEST_SEED`, read by the notebooks' outcome cells) trains the same tests from another start.
Every (variant, seed) runs the training notebooks through pytest; the exit status is 1 if any fails.
"""
import os, sys, time, argparse, subprocess
from pathlib import Path

VARIANTS = dict(
    native={},
    avx2=dict(ATEN_CPU_CAPABILITY='avx2', MKL_ENABLE_INSTRUCTIONS='AVX2', ONEDNN_MAX_CPU_ISA='AVX2'),
    default=dict(ATEN_CPU_CAPABILITY='default', MKL_ENABLE_INSTRUCTIONS='SSE4_2', ONEDNN_MAX_CPU_ISA='SSE41'),
)
TRAINING = ['03_recnet', '04_train', '05_pretrain', '06_diffrec', '08_finetune', '09a_explain', '10_ablate', '12_cli']


def run(variant: str, seed: int, notebooks: list[str]) -> tuple[bool, float, str]:
    "Run `notebooks` through pytest under `variant` with `CMDPI_TEST_SEED=seed`: (passed, seconds, the summary line)."
    env = dict(os.environ, **VARIANTS[variant], CMDPI_TEST_SEED=str(seed))
    t0 = time.time()
    p = subprocess.run([sys.executable, '-m', 'pytest', '-q', '-p', 'no:warnings', '-k', ' or '.join(notebooks)],
                       cwd=Path(__file__).resolve().parents[1], env=env, capture_output=True, text=True)
    lines = [l for l in p.stdout.splitlines() if ' passed' in l or ' failed' in l or 'FAILED' in l or 'error' in l.lower()]
    return p.returncode == 0, time.time() - t0, '; '.join(lines[-3:]) or p.stdout[-500:] + p.stderr[-500:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--variants', default=','.join(VARIANTS), help=f'comma-separated, of {list(VARIANTS)}')
    ap.add_argument('--seeds', default='0,1', help='comma-separated test seeds')
    ap.add_argument('--notebooks', default=','.join(TRAINING), help='comma-separated notebook names')
    a = ap.parse_args()
    variants, seeds, nbs = a.variants.split(','), [int(s) for s in a.seeds.split(',')], a.notebooks.split(',')
    unknown = set(variants) - set(VARIANTS)
    if unknown: sys.exit(f'unknown variant(s) {sorted(unknown)}: choose from {list(VARIANTS)}')
    failed = []
    for v in variants:
        for s in seeds:
            ok, sec, line = run(v, s, nbs)
            print(f'{v:8s} seed {s}: {"passed" if ok else "FAILED"} in {sec:.0f} s  ({line})', flush=True)
            if not ok: failed.append((v, s))
    if failed: sys.exit(f'failed under {failed}')
    print(f'the training notebooks pass under {variants} with seeds {seeds}')


if __name__ == '__main__':
    main()
