using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Channels;

internal sealed class ChannelService(
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<CostOptions> costOptions,
    YouTubeStudio.Core.Audit.IAuditLog audit,
    TimeProvider time) : IChannelService
{
    public async Task<IReadOnlyList<Channel>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().OrderBy(c => c.NormalizedName).ToListAsync(cancellationToken);
    }

    public async Task<Channel?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<Result<Channel>> CreateAsync(ChannelInput input, CancellationToken cancellationToken = default)
    {
        var channel = new Channel
        {
            BudgetAlertUsd = costOptions.Value.DefaultAlertUsd,
            BudgetCapUsd = costOptions.Value.DefaultCapUsd,
        };
        var errors = ChannelValidator.Apply(input, channel, isCreate: true);
        if (errors.Any) return Result<Channel>.Invalid(errors.ToDictionary());

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, channel.NormalizedName, null, cancellationToken)) return NameConflict(channel.Name);

        channel.CreatedAt = channel.UpdatedAt = time.GetUtcNow();
        db.Channels.Add(channel);
        var created = await SaveAsync(db, channel, null, cancellationToken);
        if (created.IsOk) await audit.RecordAsync("channel.create", $"channel:{channel.Id}", channel.Name, cancellationToken);
        return created;
    }

    public async Task<Result<Channel>> UpdateAsync(long id, ChannelInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null) return Result<Channel>.NotFound($"Channel {id} does not exist.");

        var errors = ChannelValidator.Apply(input, channel, isCreate: false);
        if (errors.Any) return Result<Channel>.Invalid(errors.ToDictionary());
        if (await NameTakenAsync(db, channel.NormalizedName, id, cancellationToken)) return NameConflict(channel.Name);

        channel.UpdatedAt = time.GetUtcNow();
        var updated = await SaveAsync(db, channel, id, cancellationToken);
        if (updated.IsOk) await audit.RecordAsync("channel.update", $"channel:{id}", channel.Name, cancellationToken);
        return updated;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Channels.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var deleted = await db.Channels.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted) await audit.RecordAsync("channel.delete", $"channel:{id}", name, cancellationToken);
        return deleted;
    }

    private static Task<bool> NameTakenAsync(AppDbContext db, string normalizedName, long? exceptId, CancellationToken ct) =>
        db.Channels.AnyAsync(c => c.NormalizedName == normalizedName && (exceptId == null || c.Id != exceptId), ct);

    private static Result<Channel> NameConflict(string name) =>
        Result<Channel>.Conflict($"A channel named '{name}' already exists.", "name");

    private static async Task<Result<Channel>> SaveAsync(AppDbContext db, Channel channel, long? existingId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Channel>.Ok(channel);
        }
        catch (DbUpdateException)
        {
            // Another request may have taken the name between the check and the insert.
            db.ChangeTracker.Clear();
            if (await NameTakenAsync(db, channel.NormalizedName, existingId, ct)) return NameConflict(channel.Name);
            throw;
        }
    }
}
