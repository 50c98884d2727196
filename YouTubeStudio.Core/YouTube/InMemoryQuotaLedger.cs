namespace YouTubeStudio.Core.YouTube;

/// <summary>A process-local <see cref="IQuotaLedger"/>; forgets everything on restart.</summary>
public sealed class InMemoryQuotaLedger : IQuotaLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DateOnly, Dictionary<string, int>> _days = [];

    public Task<bool> TryReserveAsync(DateOnly day, string operation, int units, int dailyLimit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        lock (_gate)
        {
            var used = Day(day).Values.Sum();
            if (used + units > dailyLimit && units > 0)
            {
                return Task.FromResult(false);
            }

            Add(day, operation, units);
            return Task.FromResult(true);
        }
    }

    public Task ChargeAsync(DateOnly day, string operation, int units, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        lock (_gate)
        {
            Add(day, operation, units);
        }

        return Task.CompletedTask;
    }

    public Task<QuotaUsage> GetUsageAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var byOperation = new Dictionary<string, int>(Day(day));
            return Task.FromResult(new QuotaUsage(day, byOperation.Values.Sum(), byOperation));
        }
    }

    private Dictionary<string, int> Day(DateOnly day)
    {
        if (!_days.TryGetValue(day, out var operations))
        {
            _days[day] = operations = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        return operations;
    }

    private void Add(DateOnly day, string operation, int units)
    {
        var operations = Day(day);
        operations[operation] = operations.GetValueOrDefault(operation) + units;
    }
}
