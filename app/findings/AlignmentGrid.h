#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace caselens::findings {

// The cells of a sentence-alignment dynamic programme over n original and m translation
// sentences: cost and back-pointer of the best path to (i, j).
//
// A case report has tens to a few hundred sentences, and the whole (n+1)×(m+1) grid is explored.
// A long document (a 1 MB report has about 8,000 sentences a side) would need 64 million cells
// (half a gigabyte, minutes of work), so past kFullGridCells only a band around the diagonal
// from (0, 0) to (n, m) is kept: a translation keeps the order of its sentences, and a path that
// wanders kHalfBand sentences away from the diagonal means the texts are not translations of
// each other anyway. Cells outside the band read as unreachable.
class AlignmentGrid {
public:
    static constexpr std::size_t kFullGridCells = 1'000'000; // about 1,000 sentences a side
    static constexpr int kHalfBand = 300;

    AlignmentGrid(int n, int m) : n_(n), m_(m), rowStart_(static_cast<std::size_t>(n) + 2, 0)
    {
        const bool full = static_cast<std::size_t>(n + 1) * static_cast<std::size_t>(m + 1) <= kFullGridCells;
        first_.resize(static_cast<std::size_t>(n) + 1);
        last_.resize(static_cast<std::size_t>(n) + 1);
        // Neighbouring rows' bands must overlap for every bead to connect them: the centre moves
        // m / n columns a row.
        const long long halfBand = std::max<long long>(kHalfBand, n > 0 ? m / n + 2 : m);
        for (int i = 0; i <= n; ++i) {
            int first = 0;
            int last = m;
            if (!full) {
                const long long centre = n > 0 ? static_cast<long long>(i) * m / n : 0;
                first = static_cast<int>(std::max<long long>(0, centre - halfBand));
                last = static_cast<int>(std::min<long long>(m, centre + halfBand));
            }
            first_[static_cast<std::size_t>(i)] = first;
            last_[static_cast<std::size_t>(i)] = last;
            rowStart_[static_cast<std::size_t>(i) + 1] =
                rowStart_[static_cast<std::size_t>(i)] + static_cast<std::size_t>(last - first + 1);
        }
        cost_.assign(rowStart_.back(), std::numeric_limits<double>::infinity());
        from_.assign(rowStart_.back(), kNone);
    }

    static constexpr std::uint8_t kNone = 0xff;

    std::size_t cellCount() const { return cost_.size(); }
    int rows() const { return n_; }
    int columns() const { return m_; }
    int firstColumn(int i) const { return first_[static_cast<std::size_t>(i)]; }
    int lastColumn(int i) const { return last_[static_cast<std::size_t>(i)]; }

    bool contains(int i, int j) const
    {
        return i >= 0 && i <= n_ && j >= first_[static_cast<std::size_t>(i)] && j <= last_[static_cast<std::size_t>(i)];
    }

    // Infinity outside the band.
    double cost(int i, int j) const
    {
        return contains(i, j) ? cost_[index(i, j)] : std::numeric_limits<double>::infinity();
    }
    std::uint8_t from(int i, int j) const { return contains(i, j) ? from_[index(i, j)] : kNone; }

    // Keeps the cheaper of the cell's current path and this one.
    void relax(int i, int j, double total, std::uint8_t step)
    {
        const std::size_t cell = index(i, j);
        if (total < cost_[cell]) {
            cost_[cell] = total;
            from_[cell] = step;
        }
    }

    void setOrigin() { cost_[index(0, 0)] = 0; }

    // The dynamic programme itself, from (0, 0): a bead of kind k covers originalSpan[k]
    // original and translationSpan[k] translation sentences and costs beadCost(k, i, j) when it
    // ends at (i, j). Both aligners (the engine's and the translation check's) fill their grid so.
    template <int Kinds, typename BeadCost>
    void fill(const int (&originalSpan)[Kinds], const int (&translationSpan)[Kinds], BeadCost&& beadCost)
    {
        setOrigin();
        const double infinity = std::numeric_limits<double>::infinity();
        for (int i = 0; i <= n_; ++i) {
            for (int j = firstColumn(i); j <= lastColumn(i); ++j) {
                if (i == 0 && j == 0)
                    continue;
                for (int kind = 0; kind < Kinds; ++kind) {
                    const int pi = i - originalSpan[kind];
                    const int pj = j - translationSpan[kind];
                    if (pi < 0 || pj < 0)
                        continue;
                    const double before = cost(pi, pj);
                    if (before != infinity)
                        relax(i, j, before + beadCost(kind, i, j), static_cast<std::uint8_t>(kind));
                }
            }
        }
    }

private:
    std::size_t index(int i, int j) const
    {
        return rowStart_[static_cast<std::size_t>(i)] + static_cast<std::size_t>(j - first_[static_cast<std::size_t>(i)]);
    }

    int n_;
    int m_;
    std::vector<int> first_;
    std::vector<int> last_;
    std::vector<std::size_t> rowStart_;
    std::vector<double> cost_;
    std::vector<std::uint8_t> from_;
};

} // namespace caselens::findings
