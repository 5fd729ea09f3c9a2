# How the small configuration was chosen: plain fine-tuning, seed 0, of image towers and budgets on validation data only
# (SLAKE's validate.json; VQA-RAD's held-out training images, 10 %, by image), before the CPU study.
# Commit: none recorded. The runs were made through the Python API (`finetune(...)`) with the configuration files of
# configs/ and logged to the *.jsonl files here (committed in 25913c4); each line below is the same run through the
# command line, from the repository root (the configuration files were then under results/cpu-small/search/configs):
cmdpi_finetune --dataset slake --config results/cpu-small/config-search/configs/vit32p8.json --epochs 60 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --out runs/cpu-small/config-search/slake-vit32p8-e60
cmdpi_finetune --dataset slake --config results/cpu-small/config-search/configs/vit64p8.json --epochs 30 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --out runs/cpu-small/config-search/slake-vit64p8-e30
cmdpi_finetune --dataset slake --config results/cpu-small/config-search/configs/vit32p4.json --epochs 30 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --out runs/cpu-small/config-search/slake-vit32p4-e30
cmdpi_finetune --dataset slake --config results/cpu-small/config-search/configs/vit32w128.json --epochs 30 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --out runs/cpu-small/config-search/slake-vit32w128-e30
cmdpi_finetune --dataset slake --config results/cpu-small/config-search/configs/rn96w16.json --epochs 30 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --out runs/cpu-small/config-search/slake-rn96w16-e30
cmdpi_finetune --dataset slake --config results/cpu-small/config-search/configs/rn128w16.json --epochs 30 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --out runs/cpu-small/config-search/slake-rn128w16-e30   # stopped after 10 of its 30 epochs (2.6x slower): slake-rn128w16-stopped-e10.jsonl
cmdpi_finetune --dataset vqa_rad --config results/cpu-small/config-search/configs/vit32p8.json --epochs 40 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --holdout 0.1 --out runs/cpu-small/config-search/vqa_rad-vit32p8-e40
cmdpi_finetune --dataset vqa_rad --config results/cpu-small/config-search/configs/vit64p8.json --epochs 40 --batch-size 32 --lr 1e-3 --no-diff-rec --no-mixup --seed 0 --holdout 0.1 --out runs/cpu-small/config-search/vqa_rad-vit64p8-e40
