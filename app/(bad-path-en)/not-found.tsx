import { NotFoundView } from '@/app/_components/NotFoundView';

export default function BadPathNotFound() {
  return <NotFoundView lang="en" />;
}
