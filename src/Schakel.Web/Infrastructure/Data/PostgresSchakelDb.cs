using Microsoft.EntityFrameworkCore;

namespace Schakel.Web.Infrastructure.Data;

public sealed class PostgresSchakelDb(DbContextOptions<PostgresSchakelDb> options) : SchakelDb(options);
