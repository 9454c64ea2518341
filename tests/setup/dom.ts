import { configure } from '@testing-library/react';

// The component tests wait for screens the real handlers and a real store answer (a preview reads
// and checks a real file): on a loaded 2-core machine that can pass Testing Library's default 1 s.
configure({ asyncUtilTimeout: 5_000 });
