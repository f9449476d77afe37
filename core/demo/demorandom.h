#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>

namespace kartoitus::demo {

// SplitMix64: tiny, fast and the same on every platform and Qt version, so a seed always
// gives the same register (QRandomGenerator's algorithm is not promised to stay fixed).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); bound > 0. The tiny modulo bias does not matter for demo data.
    int below(int bound) { return int(next() % quint64(bound)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with the given percent chance.
    bool chance(int percent) { return below(100) < percent; }

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // `count` distinct indexes below `bound`, in ascending order.
    QList<int> distinct(int count, int bound)
    {
        QList<int> chosen;
        count = qMin(count, bound);
        while (chosen.size() < count) {
            const int value = below(bound);
            if (!chosen.contains(value))
                chosen.append(value);
        }
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    }

private:
    quint64 m_state;
};

} // namespace kartoitus::demo
