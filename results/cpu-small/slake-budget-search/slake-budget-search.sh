# The budget search for SLAKE on validate.json: candidate budgets for CMDPI, seed 0, each pre-trained, fine-tuned and selected on validate.json only (no test evaluation); the candidate with the best validation accuracy runs with seeds 0-2 in slake-best.
# Commit: ccf158a (candidate E's fine-tuning is the seed-0 CMDPI run of slake-best, whose results.json records it; the logs record none); the checks in fit/ ran at 0ba9ab9, candidate E's at b2cf3bc, as each of their files records.
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/slake-budget-search/slake-budget-search.sh -j 2
# The command lines are verbatim as run: their paths are those of that checkout.
# The logs here are the runs' metrics.jsonl (runs/cpu-small/search80/<candidate>-pretrain|finetune, named <candidate>-*.jsonl;
# this folder was results/cpu-small/search80). fit/ (formerly results/cpu-small/slake-fit) holds cmdpi_eval of selected
# checkpoints on SLAKE's train and validate splits: the CMDPI runs of slake-pretrain-ablation (cmdpi-seed<s>-*) and
# candidates D and E (search-d-seed0-train, search-e-seed0-train), each file naming its checkpoint and its sha256:
#   cmdpi_eval --ckpt <run>/finetune/best.pt --split train     (and --split validate)
# D and E fine-tune from the ROCO pre-training of slake-pretrain-data.sh: run this in the checkout that ran that study.
# Formerly jobs9.sh.
# A: pre-training on ROCO and SLAKE's training questions (its validation and test images left out)
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco,slake --exclude-for slake --config small --seed 0 --out runs/cpu-small/search80/a-pretrain && cmdpi_finetune --dataset slake --config small --init runs/cpu-small/search80/a-pretrain/last.pt --seed 0 --out runs/cpu-small/search80/a-finetune && touch runs/cpu-small/done/s80-a
# B: three times the ROCO pre-training (30 epochs)
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config small --pretrain-epochs 30 --seed 0 --out runs/cpu-small/search80/b-pretrain && cmdpi_finetune --dataset slake --config small --init runs/cpu-small/search80/b-pretrain/last.pt --seed 0 --out runs/cpu-small/search80/b-finetune && touch runs/cpu-small/done/s80-b
# C: a 64-px image tower (8-px patches: 64 tokens), the small budget
mkdir -p runs/cpu-small/done && cmdpi_pretrain --corpus roco --config results/cpu-small/search/configs/vit64p8.json --pretrain-epochs 10 --batch-size 32 --pretrain-lr 1e-3 --seed 0 --out runs/cpu-small/search80/c-pretrain && cmdpi_finetune --dataset slake --config results/cpu-small/search/configs/vit64p8.json --epochs 50 --batch-size 32 --lr 1e-3 --init runs/cpu-small/search80/c-pretrain/last.pt --seed 0 --out runs/cpu-small/search80/c-finetune && touch runs/cpu-small/done/s80-c
# D: twice the fine-tuning (100 epochs) from the ROCO pre-training of seed 0 of slake-pretrain-data: the selected CMDPI
# checkpoint of seed 0 answers only 87.2 % of its own training questions, so the small tower underfits
mkdir -p runs/cpu-small/done && cmdpi_finetune --dataset slake --config small --epochs 100 --init runs/cpu-small/slake-ptdata/seed0/pretrain/last.pt --seed 0 --out runs/cpu-small/search80/d-finetune && touch runs/cpu-small/done/s80-d
# E: four times the fine-tuning (200 epochs), as D: D's best validation accuracy was 1.9 points above the 50-epoch run's
mkdir -p runs/cpu-small/done && cmdpi_finetune --dataset slake --config small --epochs 200 --init runs/cpu-small/slake-ptdata/seed0/pretrain/last.pt --seed 0 --out runs/cpu-small/search80/e-finetune && touch runs/cpu-small/done/s80-e
