using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace YouTubeStudio.Core.Insights;

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> builder)
    {
        builder.ToTable("model_versions");
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.MetricsJson).HasMaxLength(20_000);
        builder.HasIndex(m => new { m.Kind, m.ChannelId, m.Version }).IsUnique();
    }
}
