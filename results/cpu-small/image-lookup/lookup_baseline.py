"""A baseline that answers by looking the image up: for a test question about an image that also occurs in training,
the question-only prior computed over that image's training questions only (its nearest training question about the
same image); for an image never trained on, the question-only prior over all training questions.

It needs no model: it shows how much of a test split can be answered by recognising a training image and recalling
what was asked about it. VQA-RAD's official test images all occur in its training split; SLAKE's do not.

The image-lookup rows of the VQA-RAD tables come from `cmdpi.eval.image_lookup` itself (a baseline of every study); this
script writes the one table that sets it beside the question-only prior on both datasets, this folder's image-lookup.md
and .json. From the repository root:

    python results/cpu-small/image-lookup/lookup_baseline.py --out results/cpu-small/image-lookup/image-lookup
"""
import argparse, statistics
from pathlib import Path
from cmdpi.datasets import load_splits
from cmdpi.core import dump_json
from cmdpi.eval import question_prior, image_lookup
from cmdpi.metrics import vqa_accuracy

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--out', required=True); ap.add_argument('--seeds', default='0,1,2')
    a = ap.parse_args(); res, rows = {}, ['| dataset | seeds | test questions on a training image | image lookup: open | closed | overall | question-only prior: overall |', '|---|---|---|---|---|---|---|']
    for ds, holdout in (('vqa_rad', 0.1), ('slake', 0.0)):
        per = []
        for s in map(int, a.seeds.split(',')):
            tr, _, te = load_splits(ds, holdout=holdout, seed=s)
            p, seen = image_lookup(tr, te), {x.image for x in tr}
            n_seen = sum(x.image in seen for x in te)
            r, q = vqa_accuracy(p, te), vqa_accuracy(question_prior(tr, [x.question for x in te]), te)
            per.append(dict(seed=s, n_seen=n_seen, n=len(te), open=r['open'], closed=r['closed'], overall=r['overall'], prior=q['overall']))
        res[ds] = per
        m = lambda k: f"{statistics.fmean(x[k] for x in per):.1f} ± {statistics.stdev(x[k] for x in per):.1f}"
        rows.append(f"| {ds} | {a.seeds} | {per[0]['n_seen']} of {per[0]['n']} (seed {per[0]['seed']}) | {m('open')} | {m('closed')} | {m('overall')} | {m('prior')} |")
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix('.json').write_text(dump_json(res))
    md = '\n'.join(rows) + ('\n\nTraining questions as in the studies: VQA-RAD without its 10 % of training images held out for selection '
                            '(by image, per seed), SLAKE all of train.\n')
    out.with_suffix('.md').write_text(md); print(md)
