namespace Sitrep.Store.Sql;

/// <summary>One numbered schema migration: <c>NNNN_name.sql</c> embedded in the assembly.</summary>
public sealed record Migration(int Number, string Name, string Sql);
