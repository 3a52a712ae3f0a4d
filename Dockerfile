# Build the web app and the CLI in the SDK image; run both from the smaller ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/JobcenterTilsyn.Web -c Release -o /app/web \
 && dotnet publish src/JobcenterTilsyn.Cli -c Release -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app/web
COPY --from=build /app /app
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/web/JobcenterTilsyn.Web.dll"]
