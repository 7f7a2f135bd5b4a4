#pragma once

// The latency counters the benchmarks that time every iteration themselves report.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

namespace vax::bench {

// p50_ms, p99_ms and max_ms of the iteration times `ms` (sorted in place), each name after
// `prefix` (several series in one benchmark); none when empty.
inline void percentiles(benchmark::State& state, std::vector<double>& ms,
                        const std::string& prefix = {})
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    state.counters[prefix + "p50_ms"] = ms[n / 2];
    state.counters[prefix + "p99_ms"] = ms[std::min(n - 1, n * 99 / 100)];
    state.counters[prefix + "max_ms"] = ms.back();
}

}  // namespace vax::bench
