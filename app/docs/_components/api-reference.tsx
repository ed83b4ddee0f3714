'use client';

import Script from 'next/script';
import 'swagger-ui-dist/swagger-ui.css';

interface SwaggerUIOptions {
  url: string;
  dom_id: string;
  deepLinking: boolean;
  tryItOutEnabled: boolean;
  persistAuthorization: boolean;
  displayRequestDuration: boolean;
  /** null: no badge from validator.swagger.io (nothing leaves this origin). */
  validatorUrl: null;
}

declare global {
  interface Window {
    SwaggerUIBundle?: (options: SwaggerUIOptions) => unknown;
  }
}

/** Swagger UI, self-hosted (its script under /swagger-ui by scripts/copy-vendor-assets.mjs, its styles bundled), rendering /api/openapi.json with "try it out". */
export function ApiReference({ nonce }: { nonce: string | undefined }) {
  return (
    <>
      <div id="swagger-ui" data-testid="api-reference" />
      <Script
        src="/swagger-ui/swagger-ui-bundle.js"
        nonce={nonce}
        strategy="afterInteractive"
        onReady={() => {
          window.SwaggerUIBundle?.({
            url: '/api/openapi.json',
            dom_id: '#swagger-ui',
            deepLinking: true,
            tryItOutEnabled: true,
            persistAuthorization: true,
            displayRequestDuration: true,
            validatorUrl: null,
          });
        }}
      />
    </>
  );
}
