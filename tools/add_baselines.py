"""Add to committed study files (written by cmdpi_ablate) the baselines of `cmdpi.eval.BASELINES` they lack — studies
made before the image-lookup baseline existed — recomputed from each seed's training questions drawn exactly as the
study drew them (dataset, selection holdout and how it was drawn, training fraction, seed). The baselines a file
already holds are recomputed as well and must agree to 1e-9 with the stored ones, which shows the splits are the
study's own; otherwise nothing is written. Each file records what was added, by which commit and command.

    python tools/add_baselines.py results/cpu-small/vqa_rad-frac1/baseline.json results/cpu-small/vqa_rad-frac0.25/baseline.json
"""
import sys, json, math
from pathlib import Path
from cmdpi.datasets import load_splits
from cmdpi.core import dump_json
from cmdpi.eval import baselines, headline, summarize, git_commit

def add(path: Path) -> list[str]:
    st = json.loads(path.read_text())
    have, got = st['baselines'], {}
    for i, seed in enumerate(st['seeds']):
        train, _, test = load_splits(st['dataset'], None, st.get('holdout', 0.0), seed, st.get('fraction', 1.0), st.get('holdout_by', 'image'))
        for k, r in baselines(train, test).items(): got.setdefault(k, []).append(headline(r))
        for k in have:
            a, b = have[k][i]['overall'], got[k][i]['overall']
            if not math.isclose(a, b, abs_tol=1e-9): sys.exit(f'{path}: seed {seed}: {k} recomputes to {b}, the file holds {a}: not the study\'s split')
    new = [k for k in got if k not in have]
    if not new: return []
    st['baselines'].update({k: got[k] for k in new}); st['baseline_summary'].update({k: summarize(got[k]) for k in new})
    st.setdefault('baselines_added', []).append(dict(baselines=new, git_commit=git_commit(), command=' '.join(['python', *sys.argv])))
    path.write_text(dump_json(st))
    return new

if __name__ == '__main__':
    for f in sys.argv[1:]: print(f, 'added:', add(Path(f)) or 'nothing')
