using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Audit;

internal sealed partial class AuditLog(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<AuditLog> logger) : IAuditLog
{
    public async Task RecordAsync(string action, string? target = null, string? details = null, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Current;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            db.AuditEvents.Add(new AuditEvent
            {
                At = time.GetUtcNow(),
                UserId = actor.UserId,
                UserEmail = actor.Email,
                IpAddress = actor.IpAddress,
                Action = Truncate(action, 64)!,
                Target = Truncate(target, 256),
                Details = Truncate(details, 4000),
            });
            await db.SaveChangesAsync(CancellationToken.None);
            LogAudit(action, target, actor.Email);
        }
        catch (Exception ex)
        {
            LogAuditFailed(ex, action);
        }
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string? search = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(e => e.Action.ToLower().Contains(term) || (e.Target != null && e.Target.ToLower().Contains(term))
                || (e.UserEmail != null && e.UserEmail.ToLower().Contains(term)) || (e.Details != null && e.Details.ToLower().Contains(term)));
        }
        return await query.OrderByDescending(e => e.Id).Take(Math.Clamp(limit, 1, 2000)).ToListAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {Action} {Target} by {Actor}")]
    private partial void LogAudit(string action, string? target, string? actor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit record {Action} failed")]
    private partial void LogAuditFailed(Exception ex, string action);
}
