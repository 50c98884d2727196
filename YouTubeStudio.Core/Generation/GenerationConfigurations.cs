using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation;

internal sealed class GenerationTaskConfiguration : IEntityTypeConfiguration<GenerationTask>
{
    public void Configure(EntityTypeBuilder<GenerationTask> builder)
    {
        builder.ToTable("generation_tasks");
        builder.HasOne<Video>().WithMany(v => v.Tasks).HasForeignKey(t => t.VideoId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Action).HasMaxLength(16);
        builder.Property(t => t.ParamsJson).HasMaxLength(4000);
        builder.Property(t => t.Priority).HasConversion(p => p.ToString().ToLowerInvariant(), s => Enum.Parse<TaskPriority>(s, true)).HasMaxLength(8);
        builder.Property(t => t.Status).HasConversion(s => s.ToWire(), s => VideoConfiguration.Parse(s)).HasMaxLength(32);
        builder.Property(t => t.Stage).HasMaxLength(32);
        builder.Property(t => t.LastError).HasMaxLength(4000);
        builder.Property(t => t.FailureReason).HasMaxLength(64);
        builder.Property(t => t.ClaimedBy).HasMaxLength(64);
        builder.Property(t => t.CostUsd).HasPrecision(18, 6);
        builder.HasIndex(t => new { t.Status, t.Priority, t.QueuedAt });
        builder.HasIndex(t => t.VideoId);
    }
}

internal sealed class StageCheckpointConfiguration : IEntityTypeConfiguration<StageCheckpoint>
{
    public void Configure(EntityTypeBuilder<StageCheckpoint> builder)
    {
        builder.ToTable("stage_checkpoints");
        builder.HasOne<Video>().WithMany().HasForeignKey(c => c.VideoId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Stage).HasMaxLength(32);
        builder.Property(c => c.OutputJson).HasMaxLength(100_000);
        builder.Property(c => c.CostUsd).HasPrecision(18, 6);
        builder.HasIndex(c => new { c.VideoId, c.Stage }).IsUnique();
        builder.HasIndex(c => new { c.Stage, c.CompletedAt });
    }
}
