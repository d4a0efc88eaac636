"""Logistic regression with L2, trained by SGD (pure Python, fixed seed)."""
import array
import math
import random


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score(w, x):
    return sigmoid(sum(w[i] * v for i, v in x.items()))


def train(X, y, nfeat, epochs=15, lr0=0.5, l2=1e-5, seed=11, balance=True, sw=None):
    """SGD on log loss; L2 applied lazily to the touched coordinates (standard sparse trick:
    each step shrinks the touched weights by (1 - lr*l2*N/df) ≈ full-L2 in expectation is not
    exact; here simply the per-example gradient of l2/2*||w_touched||^2). Class weights balance
    benign/malicious."""
    rnd = random.Random(seed)
    w = array.array("d", [0.0]) * nfeat
    n = len(X)
    pos = sum(y)
    neg = n - pos
    cw = {1: n / (2 * pos), 0: n / (2 * neg)} if balance else {1: 1.0, 0: 1.0}
    order = list(range(n))
    t = 0
    for ep in range(epochs):
        rnd.shuffle(order)
        for k in order:
            x, yy = X[k], y[k]
            lr = lr0 / (1.0 + 0.0005 * t)
            t += 1
            z = 0.0
            for i, v in x.items():
                z += w[i] * v
            g = (sigmoid(z) - yy) * cw[yy] * (sw[k] if sw else 1.0)
            for i, v in x.items():
                w[i] -= lr * (g * v + l2 * w[i])
    return w


def save(w, path, eps=1e-6):
    """Sparse text file: `index weight` per nonzero weight."""
    with open(path, "w") as f:
        for i, v in enumerate(w):
            if abs(v) > eps:
                f.write(f"{i} {v:.6g}\n")


def load(path, nfeat):
    w = array.array("d", [0.0]) * nfeat
    with open(path) as f:
        for line in f:
            i, v = line.split()
            w[int(i)] = float(v)
    return w
