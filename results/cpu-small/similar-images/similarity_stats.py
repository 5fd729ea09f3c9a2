"""How many training images find a similar image above each cosine threshold (the mechanism of Fig. 14),
under a randomly initialised encoder and under pre-trained checkpoints. Training images only.

From the repository root (the first writes this folder's similar-images.md and .json):

    python results/cpu-small/similar-images/similarity_stats.py --ckpt runs/cpu-small/pretrain-roco/seed0/last.pt --out results/cpu-small/similar-images/similar-images
    python results/cpu-small/similar-images/similarity_stats.py --datasets synthetic --data-root runs/cpu-small/subtle2 \
        --config results/cpu-small/synthetic-mechanism/config.json --ckpt PRETRAINED.pt --out runs/similar-images-synthetic
"""
import argparse
from pathlib import Path
from cmdpi.core import build_config, seed_everything, dump_json
from cmdpi.recnet import CMDPI
from cmdpi.checkpoints import load_model
from cmdpi.datasets import load_splits
from cmdpi.diffrec import image_features, cosine_matrix

THRESHOLDS = (0.70, 0.75, 0.80, 0.85, 0.90, 0.95)
ap = argparse.ArgumentParser(); ap.add_argument('--ckpt', action='append', default=[]); ap.add_argument('--out', required=True)
ap.add_argument('--datasets', default='vqa_rad,slake'); ap.add_argument('--data-root', default=None)
ap.add_argument('--config', default='small', help='the configuration of the randomly initialised encoder')
a = ap.parse_args()
seed_everything(0)
encoders = {f'random init ({Path(a.config).stem}, seed 0)': CMDPI(build_config(a.config)).eval()} | {Path(c).parent.name + ' ' + Path(c).name: load_model(c) for c in a.ckpt}
rows, res = ['| dataset | encoder | images | ' + ' | '.join(f'> {t:.2f}' for t in THRESHOLDS) + ' |',
             '|---|---|---|' + '---|' * len(THRESHOLDS)], {}
for ds in a.datasets.split(','):
    train = load_splits(ds, a.data_root)[0]
    paths = list(dict.fromkeys(s.image for s in train))
    for name, m in encoders.items():
        S = cosine_matrix(image_features(m, paths))
        share = {t: float((S > t).any(1).float().mean()) for t in THRESHOLDS}
        k = {t: float((S > t).sum(1).float().mean()) for t in THRESHOLDS}
        res.setdefault(ds, {})[name] = dict(images=len(paths), with_neighbour=share, mean_neighbours=k)
        rows.append(f'| {ds} | {name} | {len(paths)} | ' + ' | '.join(f'{100 * share[t]:.0f} % ({k[t]:.0f})' for t in THRESHOLDS) + ' |')
out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
out.with_suffix('.json').write_text(dump_json(res))
table = '\n'.join(rows) + '\n\nShare of training images with at least one other training image above the cosine threshold (the rest fall back to their most similar image), and in brackets the mean number of such neighbours per image: the pool from which each item draws its similar image.\n'
out.with_suffix('.md').write_text(table); print(table)
