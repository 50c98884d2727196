namespace YouTubeStudio.Core.Notifications;

/// <summary>The in-app notifications (the bell) of each user.</summary>
public interface INotificationService
{
    /// <summary>The user's latest notifications, newest first.</summary>
    Task<IReadOnlyList<Notification>> ListAsync(string userId, int limit = 10, bool unreadOnly = false, CancellationToken cancellationToken = default);

    Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Marks one of the user's notifications read; false when it is not theirs or does not exist.</summary>
    Task<bool> MarkReadAsync(string userId, long notificationId, CancellationToken cancellationToken = default);

    /// <summary>Marks every unread notification of the user read; returns how many.</summary>
    Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Stores the message for every user who should see it (Admins and Managers; Viewers when the message is for them) and announces each with <see cref="NotificationCreated"/>.</summary>
    Task<int> NotifyUsersAsync(NotificationMessage message, CancellationToken cancellationToken = default);
}
