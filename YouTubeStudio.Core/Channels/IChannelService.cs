using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Core.Channels;

/// <summary>Channels of the installation: list, read, create, change and delete with validation.</summary>
public interface IChannelService
{
    /// <summary>All channels, by name.</summary>
    Task<IReadOnlyList<Channel>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One channel, or null when there is none with that id.</summary>
    Task<Channel?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Creates a channel; only the name is required. Invalid fields and a taken name come back as errors.</summary>
    Task<Result<Channel>> CreateAsync(ChannelInput input, CancellationToken cancellationToken = default);

    /// <summary>Changes the fields that are set in <paramref name="input"/>.</summary>
    Task<Result<Channel>> UpdateAsync(long id, ChannelInput input, CancellationToken cancellationToken = default);

    /// <summary>Deletes a channel; false when it did not exist.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
