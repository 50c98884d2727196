using Microsoft.EntityFrameworkCore;

namespace YouTubeStudio.Core.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
