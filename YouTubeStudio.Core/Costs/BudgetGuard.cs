using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation.Pipeline;

namespace YouTubeStudio.Core.Costs;

/// <summary>
/// The hard cap (DESIGN.md §6): before a stage, what is spent plus that stage's estimate must stay
/// within the channel's cap. Compute is estimated from the stage's recent runs.
/// </summary>
public sealed class BudgetGuard(IDbContextFactory<AppDbContext> dbFactory, PriceBook prices)
{
    /// <summary>Compute estimate for a stage nobody has run yet: ten CPU seconds.</summary>
    private const double DefaultCpuSeconds = 10;

    public async Task<BudgetCheck> CheckAsync(long videoId, Channel channel, IGenerationStage stage, StageContext context, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var spent = await db.Videos.Where(v => v.Id == videoId).Select(v => v.CostUsd).FirstAsync(ct);
        var estimate = stage.EstimateExternalUsd(context) + await EstimateComputeAsync(db, stage.Name, ct);
        var allowed = spent + estimate <= channel.BudgetCapUsd;
        var message = allowed
            ? $"Stage {stage.Name}: {spent:0.######} USD spent + {estimate:0.######} estimated within the {channel.BudgetCapUsd:0.00} USD cap."
            : $"Stage {stage.Name} would cost about {estimate:0.######} USD; {spent:0.######} USD is already spent and the cap is {channel.BudgetCapUsd:0.######} USD per video.";
        return new BudgetCheck(allowed, spent, estimate, channel.BudgetCapUsd, message);
    }

    /// <summary>The whole pipeline's expected cost for a new video (shown before start).</summary>
    public async Task<decimal> EstimateVideoAsync(IEnumerable<IGenerationStage> stages, StageContext context, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = 0m;
        foreach (var stage in stages) total += stage.EstimateExternalUsd(context) + await EstimateComputeAsync(db, stage.Name, ct);
        return total;
    }

    private async Task<decimal> EstimateComputeAsync(AppDbContext db, string stage, CancellationToken ct)
    {
        var recent = await db.StageCheckpoints.AsNoTracking().Where(c => c.Stage == stage)
            .OrderByDescending(c => c.Id).Take(20).Select(c => c.CpuSeconds).ToListAsync(ct);
        var cpuSeconds = recent.Count > 0 ? recent.Average() : DefaultCpuSeconds;
        return prices.Compute("estimate", cpuSeconds).AmountUsd;
    }
}
