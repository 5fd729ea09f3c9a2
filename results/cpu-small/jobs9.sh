# The search for SLAKE >= 80: three candidate budgets for CMDPI, seed 0, each pre-trained and then fine-tuned and selected on
# validate.json only (no test evaluation here); the candidate with the best validation accuracy is then run with seeds 0-2 as a
# baseline study. From a checkout pinned at one commit: python tools/run_jobs.py results/cpu-small/jobs9.sh -j 2
# A: pre-training on ROCO and SLAKE's training questions (its validation and test images left out)
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco,slake --exclude-for slake --config small --seed 0 --out runs/cpu-small/search80/a-pretrain && cmdpi_finetune --dataset slake --config small --init runs/cpu-small/search80/a-pretrain/last.pt --seed 0 --out runs/cpu-small/search80/a-finetune && touch runs/cpu-small/done/s80-a
# B: three times the ROCO pre-training (30 epochs)
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --pretrain-epochs 30 --seed 0 --out runs/cpu-small/search80/b-pretrain && cmdpi_finetune --dataset slake --config small --init runs/cpu-small/search80/b-pretrain/last.pt --seed 0 --out runs/cpu-small/search80/b-finetune && touch runs/cpu-small/done/s80-b
# C: a 64-px image tower (8-px patches: 64 tokens), the small budget
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config results/cpu-small/search/configs/vit64p8.json --pretrain-epochs 10 --batch-size 32 --pretrain-lr 1e-3 --seed 0 --out runs/cpu-small/search80/c-pretrain && cmdpi_finetune --dataset slake --config results/cpu-small/search/configs/vit64p8.json --epochs 50 --batch-size 32 --lr 1e-3 --init runs/cpu-small/search80/c-pretrain/last.pt --seed 0 --out runs/cpu-small/search80/c-finetune && touch runs/cpu-small/done/s80-c
# D: twice the fine-tuning (100 epochs) from the standard ROCO pre-training of seed 0 (the pre-training data study's, jobs7.sh):
# the selected CMDPI checkpoint of seed 0 answers only 87.2 % of its own training questions, so the small tower underfits
mkdir -p runs/cpu-small/done && cmdpi_finetune --dataset slake --config small --epochs 100 --init runs/cpu-small/slake-ptdata/seed0/pretrain/last.pt --seed 0 --out runs/cpu-small/search80/d-finetune && touch runs/cpu-small/done/s80-d
# E: four times the fine-tuning (200 epochs), as D: D's best validation accuracy was 1.9 points above the 50-epoch run's
mkdir -p runs/cpu-small/done && cmdpi_finetune --dataset slake --config small --epochs 200 --init runs/cpu-small/slake-ptdata/seed0/pretrain/last.pt --seed 0 --out runs/cpu-small/search80/e-finetune && touch runs/cpu-small/done/s80-e
