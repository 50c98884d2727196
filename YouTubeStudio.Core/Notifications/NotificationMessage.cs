namespace YouTubeStudio.Core.Notifications;

/// <summary>
/// One thing worth telling people about, in the three shapes it goes out in: webhook <see cref="Data"/>
/// (snake_case keys), a mail and a bell entry (<see cref="Title"/>, <see cref="Text"/>, <see cref="Link"/>).
/// </summary>
public sealed record NotificationMessage(
    string Event,
    DateTimeOffset OccurredAt,
    string Title,
    string Text,
    string? Link,
    bool ForViewers,
    IReadOnlyDictionary<string, object?> Data);
