using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Core.Notifications;

internal sealed class NotificationService(
    IDbContextFactory<AppDbContext> dbFactory,
    IServiceProvider services,
    IEventBroadcaster events,
    TimeProvider time) : INotificationService
{
    public async Task<IReadOnlyList<Notification>> ListAsync(string userId, int limit = 10, bool unreadOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Math.Clamp(limit, 1, 200)).ToListAsync(cancellationToken);
    }

    public async Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    public async Task<bool> MarkReadAsync(string userId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var changed = await db.Notifications.Where(n => n.Id == notificationId && n.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), cancellationToken);
        return changed == 1;
    }

    public async Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    public async Task<int> NotifyUsersAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        // Resolved late: accounts are registered by the host (AddAccounts) and need Identity's stores.
        var accounts = services.GetRequiredService<IAccountService>();
        var users = await accounts.ListUsersAsync(cancellationToken);
        var recipients = users.Where(u => u.Roles.Contains(Roles.Admin) || u.Roles.Contains(Roles.Manager) || (message.ForViewers && u.Roles.Contains(Roles.Viewer)))
            .Select(u => u.Id).ToList();
        if (recipients.Count == 0) return 0;
        var now = time.GetUtcNow();
        var rows = recipients.Select(id => new Notification
        {
            UserId = id,
            Kind = message.Event,
            Title = Clip(message.Title, 200),
            Message = Clip(message.Text, 2000),
            Link = message.Link,
            CreatedAt = now,
        }).ToList();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.Notifications.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
        }
        foreach (var row in rows) events.Publish(new NotificationCreated(now, row.UserId, row.Title));
        return rows.Count;
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
