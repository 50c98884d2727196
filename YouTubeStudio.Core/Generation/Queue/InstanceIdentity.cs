namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>Names this process in task claims, so a task claimed by a dead process can be told apart.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
