# Build and run the DeFarm API. docker-compose.yml wires it to PostgreSQL through DATABASE_URL.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props DeFarm.sln ./
COPY src/DeFarm.Domain/DeFarm.Domain.csproj src/DeFarm.Domain/
COPY src/DeFarm.Application/DeFarm.Application.csproj src/DeFarm.Application/
COPY src/DeFarm.Infrastructure/DeFarm.Infrastructure.csproj src/DeFarm.Infrastructure/
COPY src/DeFarm.Api/DeFarm.Api.csproj src/DeFarm.Api/
RUN dotnet restore src/DeFarm.Api/DeFarm.Api.csproj
COPY src/ src/
RUN dotnet publish src/DeFarm.Api/DeFarm.Api.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_ENVIRONMENT=Production \
    PORT=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "DeFarm.Api.dll"]
