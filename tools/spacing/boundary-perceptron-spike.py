#!/usr/bin/env python3
"""Spike (not part of the build): can a discriminative model of each candidate cut beat the lexicon + bigram repair?

docs/spacing.md, "Tried (2026-12-06): a boundary classifier", reports what this prints. Same task as `spacing-eval`:
in each line a space after a non-joining letter, before a letter that can start a word, is removed with probability
0.3; every such position inside a written word of the corrupted line is a candidate, positive when a space was removed
there. An averaged perceptron (5 epochs) scores each candidate on its own from the characters around it, whether the
pieces and the word are in the lexicon, and bucketed word and pair counts. Counts are cross-fitted: examples from one
half of the train split see counts from the other half only (counts from the same lines make the count features look
perfect in training and cost 3 points on dev). Dev examples see counts from the whole train split.

Data: ../shared/data/dakshina-ur (train = lines 1-12,532, dev = 12,533-14,098 of ur.wiki-text.sample.txt; the
romanization lexicon's train split as extra words). Only the light normalization below (Arabic yeh/kaf/heh), not
UrduNormalizer, so figures are close to, not identical with, spacing-eval's. Run: python3 tools/spacing/boundary-perceptron-spike.py
(about 4 minutes, standard library only); DROP=chars or DROP=counts runs the ablation.
"""
import collections
import math
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "dakshina-ur")
NON_JOINING = set("اآأإدڈذرڑزژوؤےۓء")
CANNOT_START = set("ءؤئںھ")


def is_letter(c):
    return "\u0621" <= c <= "\u064A" or "\u0671" <= c <= "\u06D3" or c == "\u06D5"


def norm(s):
    return s.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی").replace("ه", "ہ")


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf8") as f:
        return [norm(l.rstrip("\n")) for l in f]


LINES = read("ur.wiki-text.sample.txt")
TRAIN, DEV = LINES[:12532], LINES[12532:14098]
LEXICON_WORDS = [l.split("\t")[0] for l in read("ur.translit.sampled.train.tsv")]


def tables(lines):
    words, pairs = collections.Counter(), collections.Counter()
    for line in lines:
        ws = line.split()
        words.update(ws)
        pairs.update(zip(ws, ws[1:]))
    return words, pairs, set(words) | set(LEXICON_WORDS)


def corrupt(line, rng):
    text, gold = "", set()
    tokens = line.split(" ")
    for i, t in enumerate(tokens):
        if i > 0:
            prev = tokens[i - 1]
            if prev and t and prev[-1] in NON_JOINING and is_letter(t[0]) and t[0] not in CANNOT_START and rng.random() < 0.3:
                gold.add(len(text))
            else:
                text += " "
        text += t
    return text, gold


def candidates(text):
    return [i for i in range(1, len(text)) if text[i - 1] in NON_JOINING and is_letter(text[i]) and text[i] not in CANNOT_START]


def bucket(n):
    return 0 if n == 0 else min(int(math.log2(n)) + 1, 12)


def features(text, i, words, pairs, lexicon):
    start = text.rfind(" ", 0, i) + 1
    end = text.find(" ", i)
    end = len(text) if end < 0 else end
    left, right, token = text[start:i], text[i:end], text[start:end]
    f = []
    for k in range(1, 5):
        f.append("L%d=%s" % (k, "^" + left[-k:] if len(left) <= k else left[-k:]))
        f.append("R%d=%s" % (k, right[:k] + "$" if len(right) <= k else right[:k]))
    for a, b in ((1, 1), (2, 2), (2, 1), (1, 2), (3, 3)):
        f.append("L%dR%d=%s|%s" % (a, b, left[-a:], right[:b]))
    kl, kr, kt = left in lexicon, right in lexicon, token in lexicon
    f += ["kl=%d kr=%d kt=%d" % (kl, kr, kt), "kl=%d" % kl, "kr=%d" % kr, "kt=%d" % kt]
    ls = max([k for k in range(1, len(left) + 1) if left[-k:] in lexicon] or [0])
    rp = max([k for k in range(1, len(right) + 1) if right[:k] in lexicon] or [0])
    f += ["ls=%d" % min(ls, 8), "rp=%d" % min(rp, 8), "lsfull=%d rpfull=%d" % (ls == len(left), rp == len(right))]
    fl, fr, ft = bucket(words.get(left, 0)), bucket(words.get(right, 0)), bucket(words.get(token, 0))
    f += ["fl=%d" % fl, "fr=%d" % fr, "ft=%d" % ft, "flr=%d|%d|%d" % (fl, fr, ft)]
    f.append("pair=%d" % bucket(pairs.get((left, right), 0)))
    f.append("pairs=%d" % bucket(pairs.get((left[-ls:] if ls else "", right[:rp] if rp else ""), 0)))
    prev_start = text.rfind(" ", 0, max(start - 1, 0)) + 1
    prev = text[prev_start:start - 1] if start > 0 else ""
    f.append("pp=%d" % bucket(pairs.get((prev, left), 0)))
    f.append("pt=%d" % bucket(pairs.get((prev, token), 0)))
    f.append("bias")
    drop = os.environ.get("DROP", "")  # ablation: DROP=chars or DROP=counts leaves that feature group out
    if drop == "chars":
        f = [x for x in f if not x.startswith(("L", "R"))]
    elif drop == "counts":
        f = [x for x in f if not x.startswith(("fl", "fr", "ft", "pair", "pp", "pt"))]
    return f


def examples(lines, seed, counts):
    rng = random.Random(seed)
    out = []
    for line in lines:
        text, gold = corrupt(line, rng)
        out += [(features(text, i, *counts), i in gold) for i in candidates(text)]
    return out


def main():
    half = len(TRAIN) // 2
    a, b = TRAIN[:half], TRAIN[half:]
    train = examples(a, 1, tables(b)) + examples(b, 2, tables(a))
    dev = examples(DEV, 16, tables(TRAIN))
    print("train candidates %d (%d removed spaces), dev %d (%d)" % (len(train), sum(y for _, y in train), len(dev), sum(y for _, y in dev)))
    w, total, stamp, c = collections.defaultdict(float), collections.defaultdict(float), collections.defaultdict(int), 0
    for epoch in range(5):
        random.Random(epoch).shuffle(train)
        for f, y in train:
            c += 1
            if (sum(w[x] for x in f) > 0) != y:
                for x in f:
                    total[x] += (c - stamp[x]) * w[x]
                    stamp[x] = c
                    w[x] += 1 if y else -1
    avg = {x: (total[x] + (c - stamp[x]) * w[x]) / c for x in w}
    for threshold in (-0.5, 0, 0.5, 1, 2):
        tp = fp = fn = 0
        for f, y in dev:
            p = sum(avg.get(x, 0) for x in f) > threshold
            tp += p and y
            fp += p and not y
            fn += (not p) and y
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print("threshold %4.1f: dev P %.2f %% R %.2f %% F1 %.2f %% (false positives %d)" % (
            threshold, 100 * precision, 100 * recall, 200 * precision * recall / max(precision + recall, 1e-9), fp))


if __name__ == "__main__":
    main()
