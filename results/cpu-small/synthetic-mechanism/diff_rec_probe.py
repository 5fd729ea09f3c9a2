"""Probe what difference reconstruction (Eqs. 8-10) asks of a fine-tuned model: for each ε, replace the local image
features H_I of every test question by ε·H_I + (1−ε)·Ĥ_I of another test image (Eq. 8; Ĥ_I from a random other image
of the same split), and measure the image reconstruction error L_img^d and the answer accuracy from the deviated features.

If the error and the accuracy do not move with ε, the model reconstructs and answers from the global vector h_F and the
text, not from the local image features that difference reconstruction deviates.

The study this probes is this folder's (job file synthetic-mechanism.sh). Its checkpoints stay in the checkout that ran
it, under that checkout's results/cpu-small/mechanism-clean/ (this folder's name then); at that checkout's root, with
$CMDPI this repository, for each seed and variant, then the summary:

    python $CMDPI/results/cpu-small/synthetic-mechanism/diff_rec_probe.py --ckpt results/cpu-small/mechanism-clean/seed0/CMDPI/finetune/best.pt \
        --split selection --data-root runs/cpu-small/subtle2 --out $CMDPI/results/cpu-small/synthetic-mechanism/probe/seed0-cmdpi.json
    python $CMDPI/results/cpu-small/synthetic-mechanism/diff_rec_probe.py --summary $CMDPI/results/cpu-small/synthetic-mechanism/probe   # probe.md
"""
import argparse, json, statistics
from pathlib import Path
import torch
from cmdpi.core import seed_everything, dump_json
from cmdpi.data import ImageCache, image_transform, VQADataset
from cmdpi.metrics import AnswerVocab, normalize_answer
from cmdpi.encoders import patchify
from cmdpi.checkpoints import load_model
from cmdpi.eval import split_samples
from cmdpi.recnet import img_loss
from cmdpi.diffrec import deviated_reconstruction, other_image_rows

EPS = (0.0, 0.25, 0.5, 0.75, 1.0)

@torch.no_grad()
def probe(model, ds, samples, perm, eps, bs=64):
    errs, hits = [], []
    for i in range(0, len(ds), bs):
        idx = list(range(i, min(i + bs, len(ds))))
        x = torch.stack([ds[j]['image'] for j in idx]); xs = torch.stack([ds[int(perm[j])]['image'] for j in idx])
        ids = torch.stack([ds[j]['ids'] for j in idx]); pad = model.text_pad(ids)
        out_I, _, h_D = model.heads(deviated_reconstruction(model, x, xs, ids, eps), pad)
        errs.append(float(img_loss(out_I, patchify(x, model.patch))) * len(idx))
        pred = model.ffn_A(h_D).argmax(-1).tolist()
        hits += [normalize_answer(model.answers[k]) == normalize_answer(samples[j].answer) for k, j in zip(pred, idx)]
    return dict(eps=eps, img_loss=sum(errs) / len(ds), accuracy=100 * sum(hits) / len(hits))

def summary(folder: Path) -> str:
    "Mean ± sample std over seeds of each variant's answer accuracy at each ε, from the probe files `seed<s>-<variant>.json`."
    by = {}
    for f in sorted(folder.glob('seed*-*.json')):
        by.setdefault(f.stem.split('-', 1)[1], []).append({r['eps']: r['accuracy'] for r in json.loads(f.read_text())['rows']})
    pm = lambda xs: f'{statistics.fmean(xs):.1f}' + (f' ± {statistics.stdev(xs):.1f}' if len(xs) > 1 else '')
    rows = [f"| {v} | {len(rs)} | " + ' | '.join(pm([r[e] for r in rs]) for e in EPS) + ' |' for v, rs in by.items()]
    return ('| variant (folder) | seeds | ' + ' | '.join(f'ε = {e:g}' for e in EPS) + ' |\n|---|---|' + '---|' * len(EPS) + '\n'
            + '\n'.join(rows) + '\n\nAnswer accuracy (%) on the selection split with the local image features of every question '
            'replaced by ε·H_I + (1−ε)·Ĥ_I of another image (Eq. 8): ε = 1 is the model as trained, ε = 0 answers from '
            "another image's local features (the global h_F still comes from the question's own image).\n")

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--ckpt'); ap.add_argument('--out'); ap.add_argument('--summary')
    ap.add_argument('--split', default='test'); ap.add_argument('--data-root', default=None)
    a = ap.parse_args(); seed_everything(0)
    if a.summary:
        t = summary(Path(a.summary)); (Path(a.summary) / 'probe.md').write_text(t); print(t); raise SystemExit
    if not (a.ckpt and a.out): ap.error('give --ckpt and --out (or --summary FOLDER)')
    model = load_model(a.ckpt, 'cpu'); ex = model.run_info
    _, samples = split_samples(ex['dataset'], a.split, a.data_root, ex.get('holdout', 0.0), model.cfg.seed, ex.get('fraction', 1.0),
                               ex.get('holdout_by', 'image'))
    ds = VQADataset(samples, AnswerVocab(ex['vocab']), model.tokenizer, image_transform(model.cfg), ImageCache(model.cfg.image_size))
    perm = other_image_rows(ds.image_idx, torch.Generator().manual_seed(0))    # another image, as a similar one would be
    rows = [probe(model, ds, samples, perm, e) for e in EPS]
    res = dict(checkpoint=str(a.ckpt), split=a.split, n=len(ds), rows=rows)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True); Path(a.out).write_text(dump_json(res))
    print('| ε | L_img^d | answer accuracy (%) |\n|---|---|---|\n' + '\n'.join(f"| {r['eps']:.2f} | {r['img_loss']:.4f} | {r['accuracy']:.1f} |" for r in rows))
