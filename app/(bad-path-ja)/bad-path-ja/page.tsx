import { notFound } from 'next/navigation';

/** Only ever a 404 (see the layout beside it). */
export default function BadPathPage() {
  notFound();
}
