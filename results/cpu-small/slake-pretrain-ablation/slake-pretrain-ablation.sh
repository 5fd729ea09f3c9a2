# Fig. 7, the pre-training ablation on SLAKE: each variant pre-trained on the ROCO subset with its own settings (10 epochs), then fine-tuned and selected on validate.json, seeds 0-2.
# Commit: 1a078b7 (every results.json here records it).
# To run it again: at the root of a checkout pinned at that commit (cmdpi installed from it), with the data at CMDPI_DATA
# (CMDPI_DATA), two jobs at a time on two cores (one thread each; a job resumes where it stopped when run again),
# with $CMDPI this repository:
#   python $CMDPI/results/tools/run_jobs.py $CMDPI/results/cpu-small/slake-pretrain-ablation/slake-pretrain-ablation.sh -j 2
# then  python $CMDPI/results/tools/collect_results.py runs/cpu-small/slake-pretrain3 $CMDPI/results/cpu-small/slake-pretrain-ablation
# The command lines are verbatim as run: their paths are those of that checkout.
# It was collected as results/cpu-small/slake-pretrain-3seeds, later renamed slake-pretrain, now this folder.
# Formerly jobs6.sh.
# One command per seed and variant:
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "CMDPI" --dataset slake --config small --seeds 0 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-0-CMDPI
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o global rec." --dataset slake --config small --seeds 0 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-0-w-o-global-rec-
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o local rec." --dataset slake --config small --seeds 0 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-0-w-o-local-rec-
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o inter" --dataset slake --config small --seeds 0 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-0-w-o-inter
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o intra" --dataset slake --config small --seeds 0 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-0-w-o-intra
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "CMDPI" --dataset slake --config small --seeds 1 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-1-CMDPI
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o global rec." --dataset slake --config small --seeds 1 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-1-w-o-global-rec-
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o local rec." --dataset slake --config small --seeds 1 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-1-w-o-local-rec-
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o inter" --dataset slake --config small --seeds 1 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-1-w-o-inter
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o intra" --dataset slake --config small --seeds 1 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-1-w-o-intra
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "CMDPI" --dataset slake --config small --seeds 2 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-2-CMDPI
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o global rec." --dataset slake --config small --seeds 2 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-2-w-o-global-rec-
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o local rec." --dataset slake --config small --seeds 2 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-2-w-o-local-rec-
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o inter" --dataset slake --config small --seeds 2 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-2-w-o-inter
mkdir -p runs/cpu-small/done && cmdpi_ablate --study pretrain --variants "w/o intra" --dataset slake --config small --seeds 2 --corpus roco --out runs/cpu-small/slake-pretrain3 && touch runs/cpu-small/done/f7-2-w-o-intra
# The study table, from the finished runs:
cmdpi_ablate --study pretrain --variants "CMDPI,w/o global rec.,w/o local rec.,w/o inter,w/o intra" --dataset slake --config small --seeds 0,1,2 --corpus roco --out runs/cpu-small/slake-pretrain3  # after: runs/cpu-small/done/f7-0-CMDPI runs/cpu-small/done/f7-0-w-o-global-rec- runs/cpu-small/done/f7-0-w-o-local-rec- runs/cpu-small/done/f7-0-w-o-inter runs/cpu-small/done/f7-0-w-o-intra runs/cpu-small/done/f7-1-CMDPI runs/cpu-small/done/f7-1-w-o-global-rec- runs/cpu-small/done/f7-1-w-o-local-rec- runs/cpu-small/done/f7-1-w-o-inter runs/cpu-small/done/f7-1-w-o-intra runs/cpu-small/done/f7-2-CMDPI runs/cpu-small/done/f7-2-w-o-global-rec- runs/cpu-small/done/f7-2-w-o-local-rec- runs/cpu-small/done/f7-2-w-o-inter runs/cpu-small/done/f7-2-w-o-intra 
# An earlier one-seed run (seed 0, commit 916ea7c, from jobs2.sh, into results/cpu-small/slake-pretrain), replaced by the
# runs above. Contra.QA pre-trains as CMDPI does on a corpus without VQA samples. Commented out:
#   cmdpi_ablate --study pretrain --variants "CMDPI,w/o global rec.,w/o local rec." --dataset slake --config small --seeds 0 --corpus roco --out results/cpu-small/slake-pretrain && touch runs/cpu-small/done/pt-a
#   cmdpi_ablate --study pretrain --variants "w/o inter,w/o intra,Contra.QA" --dataset slake --config small --seeds 0 --corpus roco --out results/cpu-small/slake-pretrain && touch runs/cpu-small/done/pt-b
#   cmdpi_ablate --study pretrain --dataset slake --config small --seeds 0 --corpus roco --out results/cpu-small/slake-pretrain  # after: runs/cpu-small/done/pt-a runs/cpu-small/done/pt-b
