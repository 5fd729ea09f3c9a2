# How much harder SLAKE's test split is than validate.json: the model-free baselines on both splits, and each run of
# slake-frac1 (its best validation accuracy, the one it was selected by, beside its test accuracy). No model is trained.
# Commit: none recorded; committed in 3470493. Run then as python tools/split_difficulty.py --out results/cpu-small/slake-split-difficulty;
# from the repository root now:
python results/cpu-small/slake-split-difficulty/split_difficulty.py --out results/cpu-small/slake-split-difficulty/split-difficulty
