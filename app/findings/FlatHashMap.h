#pragma once

#include <cstdint>
#include <vector>

namespace caselens::findings {

// An open-addressing hash map from well-mixed, non-zero 64-bit keys to 32-bit values. The
// matchers probe it once per token, so it trades generality for one cache line per lookup:
// linear probing, power-of-two capacity, load at most 1/2, no erase. Immutable after building,
// hence safe to read from any number of threads.
class FlatHashMap {
public:
    void reserve(std::size_t count)
    {
        std::size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        if (capacity <= m_slots.size())
            return;
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        m_size = 0;
        for (const Slot& slot : old)
            if (slot.key != 0)
                insert(slot.key, slot.value);
    }

    // Inserts or overwrites. `key` must not be 0.
    void insert(std::uint64_t key, std::uint32_t value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            reserve(m_size + 1 > 8 ? m_size * 2 : 16);
        for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.key == key) {
                slot.value = value;
                return;
            }
            if (slot.key == 0) {
                slot.key = key;
                slot.value = value;
                ++m_size;
                return;
            }
        }
    }

    // The value for `key`, or nullptr.
    const std::uint32_t* find(std::uint64_t key) const
    {
        if (m_slots.empty())
            return nullptr;
        for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.key == key)
                return &slot.value;
            if (slot.key == 0)
                return nullptr;
        }
    }

    std::size_t size() const { return m_size; }

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t value = 0;
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace caselens::findings
