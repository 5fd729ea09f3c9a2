# Similar images, the pool of difference reconstruction: the share of training images of VQA-RAD and SLAKE with another
# training image above each cosine threshold, under a randomly initialised image encoder and under the ROCO pre-trained one
# of seed 0 (runs/cpu-small/pretrain-roco/seed0, made by slake-frac1.sh).
# Commit: none recorded; committed in 93420ba. Run then as python tools/similarity_stats.py --ckpt runs/cpu-small/pretrain-roco/seed0/last.pt
# --out results/cpu-small/similar-images; from the repository root now:
python results/cpu-small/similar-images/similarity_stats.py --ckpt runs/cpu-small/pretrain-roco/seed0/last.pt --out results/cpu-small/similar-images/similar-images
